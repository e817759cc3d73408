using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OnlineService.Gateway.Health;

namespace Microsoft.AspNetCore.Builder;

public static class HealthEndpointExtensions
{
    /// <summary><c>/healthz</c>: 200 when the store answers, 503 otherwise, with each check's status as JSON.</summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "application/json; charset=utf-8";
                await JsonSerializer.SerializeAsync(context.Response.Body, new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
                });
            },
        });
        return app;
    }

    public static IServiceCollection AddGatewayHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return services;
    }
}
