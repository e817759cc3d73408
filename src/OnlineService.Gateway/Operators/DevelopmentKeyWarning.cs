using Microsoft.Extensions.Options;

namespace OnlineService.Gateway.Operators;

/// <summary>Warns at start when the documented development key still opens the operator APIs of a real deployment.</summary>
public sealed class DevelopmentKeyWarning(IOptions<OperatorOptions> options, IHostEnvironment environment, ILogger<DevelopmentKeyWarning> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.ApiKeys.Contains(OperatorOptions.DevelopmentKey) && !environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
        {
            logger.LogWarning(
                "The operator API accepts the documented development key. Replace Operators:ApiKeys with your own secret key before going live.");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
