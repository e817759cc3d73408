using OnlineService.Gateway.Outbox;

namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>
/// <c>GET /api/diagnostics/delivery</c> (operator key): the delivery side's store reads since start by reader, and the
/// open Direct Line streams and held polls — how an operator (or <c>bench directline-load</c>) sees that idle
/// sockets cost no store queries. The same reads are the metric <c>onlineservice.delivery.store_reads</c>.
/// </summary>
internal static class DeliveryDiagnosticsEndpoint
{
    public const string Route = "/api/diagnostics/delivery";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route, (DeliveryMetrics metrics, DirectLineStreamHub hub) =>
                Results.Json(new { openStreams = hub.Listeners, storeReads = metrics.Totals() }))
            .RequireAuthorization(OperatorHostingExtensions.OperatorPolicy)
            .WithTags("Operators");
}
