using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OnlineService.Gateway.Health;
using OnlineService.Gateway.Operators;

namespace Microsoft.AspNetCore.Builder;

public static class HealthEndpointExtensions
{
    /// <summary>The tag of the checks that decide readiness (the store); liveness runs none.</summary>
    private const string ReadyTag = "ready";

    /// <summary>
    /// <c>/health/live</c>: 200 while the process answers (no check: a slow store must not get the pod restarted).
    /// <c>/health/ready</c> and <c>/healthz</c>: 200 when the store answers, 503 otherwise. Anonymous callers see only
    /// the statuses; an operator key also shows each check's description, which names internal paths.
    /// </summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync };
        app.MapHealthChecks("/health/ready", ready);
        app.MapHealthChecks("/healthz", ready);
        return app;
    }

    public static IServiceCollection AddGatewayHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [ReadyTag]);
        return services;
    }

    private static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        var detailed = (await context.AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName)).Succeeded;
        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = detailed ? e.Value.Description : null }),
        }, HealthJson.Options);
    }
}
