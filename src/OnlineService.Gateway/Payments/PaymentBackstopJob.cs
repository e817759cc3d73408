using Quartz;

namespace OnlineService.Gateway.Payments;

/// <summary>Runs the <see cref="PaymentBackstop"/> at start and every <see cref="AlipayOptions.BackstopInterval"/>.</summary>
[DisallowConcurrentExecution]
public sealed class PaymentBackstopJob(IServiceProvider services, Microsoft.Extensions.Options.IOptions<AlipayOptions> options, ILogger<PaymentBackstopJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        try
        {
            var changed = await services.GetRequiredService<PaymentBackstop>().RunAsync(cancellationToken);
            logger.LogDebug("Payment backstop changed {Count} payment records.", changed);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "The payment backstop failed; the next run tries again.");
        }
    }
}
