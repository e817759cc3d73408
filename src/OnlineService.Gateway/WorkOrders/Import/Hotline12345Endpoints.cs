using System.Text.Json;
using OnlineService.Gateway.WorkOrders.Api;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Import;

/// <summary><c>POST /api/import/12345/orders</c> (operator policy): 201 with the new order, 200 with the order a repeated number made.</summary>
public static class Hotline12345Endpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/import/12345/orders", ImportAsync)
            .RequireAuthorization(OperatorHostingExtensions.OperatorPolicy)
            .WithTags("12345 import")
            .WithSummary("Imports a 12345 hotline order; idempotent by cityNumber.");
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, Hotline12345Importer importer, TimeProvider clock, CancellationToken cancellationToken)
    {
        Hotline12345Order? order;
        try
        {
            order = await JsonSerializer.DeserializeAsync<Hotline12345Order>(request.Body, ApiJson.Options, cancellationToken);
        }
        catch (JsonException exception)
        {
            return ApiProblems.BadRequest($"The body is not a 12345 order in JSON: {exception.Message}").ToResult();
        }

        if (order is null)
        {
            return ApiProblems.BadRequest("Send the 12345 order as a JSON object.").ToResult();
        }

        try
        {
            var result = await importer.ImportAsync(order, cancellationToken);
            var body = new { created = result.Created, raisedAgain = result.RaisedAgain, order = WorkOrderView.From(result.Order, clock.GetUtcNow()) };
            return result.Created
                ? Results.Json(body, ApiJson.Options, statusCode: StatusCodes.Status201Created)
                : Results.Json(body, ApiJson.Options);
        }
        catch (WorkOrderRuleException exception)
        {
            return ApiProblems.FromRule(exception).ToResult();
        }
    }
}
