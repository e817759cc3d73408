using Microsoft.Extensions.Diagnostics.HealthChecks;
using OnlineService.Storage;

namespace OnlineService.Gateway.Health;

/// <summary>Healthy when the configured store answers within a few seconds.</summary>
public sealed class StoreHealthCheck(IStoreHealthProbe probe) : IHealthCheck
{
    /// <summary>A load balancer's probe must not hang for the driver's 30-second server selection.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var health = await probe.CheckAsync(timeout.Token);
            return health.IsHealthy
                ? HealthCheckResult.Healthy(health.Description)
                : HealthCheckResult.Unhealthy(health.Description);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The store did not answer within {Timeout.TotalSeconds:0} s.");
        }
    }
}
