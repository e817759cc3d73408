using Microsoft.Extensions.Diagnostics.HealthChecks;
using OnlineService.Storage;

namespace OnlineService.Gateway.Health;

/// <summary>Healthy when the configured store answers.</summary>
public sealed class StoreHealthCheck(IStoreHealthProbe probe) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = await probe.CheckAsync(cancellationToken);
        return health.IsHealthy
            ? HealthCheckResult.Healthy(health.Description)
            : HealthCheckResult.Unhealthy(health.Description);
    }
}
