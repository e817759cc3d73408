using System.Text.Json;
using OnlineService.Gateway.WorkOrders.Api;
using OnlineService.Gateway.WorkOrders.Figures;
using OnlineService.Gateway.WorkOrders.Ledger;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Operators;

/// <summary>
/// <c>/api/operator</c> (policy "operator"): list, filter and read work orders with timeline and due times, the
/// desk's steps (accept, dispatch, redispatch, escalate, suspend, resume, close), leave a request out of the figures, see resolution photos, take the SPEC §5 figures, and export the DB11 Appendix D ledger.
/// </summary>
public static class OperatorWorkOrderEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/operator").RequireAuthorization(OperatorHostingExtensions.OperatorPolicy).WithTags("Operators");
        api.MapGet("/work-orders", ListAsync)
            .WithSummary("Orders received in a period, filtered by status, category, district, overdue; query from, to, status, category, district, overdue, offset, limit.");
        api.MapGet("/work-orders/{number}", GetAsync).WithSummary("One order with due times and timeline.");
        MapStep(api, "accept", "The desk accepts the order (受理). Body: { note }.", (w, n, b, actor, ct) => w.AcceptAsync(n, actor, b.Note, ct));
        MapStep(api, "dispatch", "Dispatches to a handling unit. Body: { handlerId, note }.", (w, n, b, actor, ct) => w.DispatchAsync(n, b.HandlerId ?? string.Empty, actor, b.Note, ct));
        MapStep(api, "redispatch", "Moves the order to another unit. Body: { handlerId, reason }.", (w, n, b, actor, ct) => w.RedispatchAsync(n, b.HandlerId ?? string.Empty, actor, b.Reason ?? string.Empty, ct));
        MapStep(api, "escalate", "Makes it an escalated work order (升级工单). Body: { reason }.", (w, n, b, actor, ct) => w.EscalateAsync(n, actor, b.Reason ?? string.Empty, ct));
        MapStep(api, "suspend", "Suspends the order and its clock. Body: { reason }.", (w, n, b, actor, ct) => w.SuspendAsync(n, actor, b.Reason ?? string.Empty, ct));
        MapStep(api, "resume", "Resumes a suspended order. Body: { note }.", (w, n, b, actor, ct) => w.ResumeAsync(n, actor, b.Note, ct));
        MapStep(api, "close", "Closes a resolved order without a callback. Body: { reason }.", (w, n, b, actor, ct) => w.CloseAsync(n, actor, b.Reason ?? string.Empty, ct));
        api.MapPost("/work-orders/{number}/exclusion", ExcludeAsync)
            .WithSummary("Leaves an unlawful (contraryToRules) or unfounded request out of settlement and satisfaction (T/CDHA 4.5.2, 4.7.4).");
        api.MapGet("/work-orders/{number}/photos/{photoId}", GetPhoto).WithSummary("A resolution photo.");
        api.MapGet("/figures", FiguresAsync)
            .WithSummary("Timely response, settlement, satisfaction and the work-order analysis of the orders received in a period; groupBy none, month, district or category.");
        api.MapGet("/ledger.csv", (HttpContext http, WorkOrderQuery query, SlaPolicy sla) => LedgerAsync(http, query, sla, xlsx: false))
            .WithSummary("The DB11 Appendix D ledger as CSV (UTF-8 with BOM).");
        api.MapGet("/ledger.xlsx", (HttpContext http, WorkOrderQuery query, SlaPolicy sla) => LedgerAsync(http, query, sla, xlsx: true))
            .WithSummary("The DB11 Appendix D ledger as an Excel workbook.");
    }

    private static void MapStep(
        RouteGroupBuilder api, string step, string summary, Func<WorkOrderService, string, OperatorActionRequest, string, CancellationToken, Task<WorkOrderResult>> apply) =>
        api.MapPost($"/work-orders/{{number}}/{step}", async (string number, HttpRequest request, WorkOrderService workOrders, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            try
            {
                using var reader = new StreamReader(request.Body);
                var text = await reader.ReadToEndAsync(cancellationToken);
                var body = string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<OperatorActionRequest>(text, ApiJson.Options);
                var actor = request.HttpContext.User.Identity?.Name ?? "operator";
                var result = await apply(workOrders, number, body ?? new OperatorActionRequest(null, null, null), actor, cancellationToken);
                return Results.Json(WorkOrderView.From(result.Order, clock.GetUtcNow()), ApiJson.Options);
            }
            catch (JsonException exception)
            {
                return ApiProblems.BadRequest($"The body is not valid JSON: {exception.Message}").ToResult();
            }
            catch (WorkOrderRuleException exception)
            {
                return ApiProblems.FromRule(exception).ToResult();
            }
        }).WithSummary(summary);

    private static async Task<IResult> ListAsync(HttpRequest request, WorkOrderQuery query, TimeProvider clock, CancellationToken cancellationToken)
    {
        try
        {
            var filter = OperatorQueryParser.Parse(request.Query);
            var offset = Bounded(request.Query["offset"], 0, 0, int.MaxValue, "offset");
            var limit = Bounded(request.Query["limit"], 100, 1, 1000, "limit");
            var orders = await query.ListAsync(filter, cancellationToken);
            var now = clock.GetUtcNow();
            return Results.Json(new { total = orders.Count, offset, limit, orders = orders.Skip(offset).Take(limit).Select(o => WorkOrderView.From(o, now)) }, ApiJson.Options);
        }
        catch (WorkOrderRuleException exception)
        {
            return ApiProblems.FromRule(exception).ToResult();
        }
    }

    private static async Task<IResult> GetAsync(string number, IWorkOrderStore store, TimeProvider clock, CancellationToken cancellationToken) =>
        await store.GetAsync(number, cancellationToken) is { } order
            ? Results.Json(WorkOrderView.From(order, clock.GetUtcNow()), ApiJson.Options)
            : ApiProblems.NotFound(number).ToResult();

    private static async Task<IResult> ExcludeAsync(string number, HttpRequest request, WorkOrderService workOrders, TimeProvider clock, CancellationToken cancellationToken)
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<ExclusionRequest>(request.Body, ApiJson.Options, cancellationToken);
            if (body?.Kind is null || !Enum.TryParse<ExclusionKind>(body.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                return ApiProblems.BadRequest("'kind' must be 'contraryToRules' (T/CDHA 4.5.3) or 'unfounded' (4.5.4).").ToResult();
            }

            var actor = request.HttpContext.User.Identity?.Name ?? "operator";
            var result = await workOrders.ExcludeFromFiguresAsync(number, kind, body.Reason ?? string.Empty, actor, cancellationToken);
            return Results.Json(WorkOrderView.From(result.Order, clock.GetUtcNow()), ApiJson.Options);
        }
        catch (JsonException exception)
        {
            return ApiProblems.BadRequest($"The body is not valid JSON: {exception.Message}").ToResult();
        }
        catch (WorkOrderRuleException exception)
        {
            return ApiProblems.FromRule(exception).ToResult();
        }
    }

    private static IResult GetPhoto(string number, string photoId, WorkOrderPhotoStore photos) =>
        photos.Find(number, photoId) is { } photo
            ? Results.File(photo.Path, photo.ContentType)
            : ApiProblems.Create(StatusCodes.Status404NotFound, "No such photo.", $"Order {number} has no photo {photoId}.", WorkOrderRuleCodes.NotFound).ToResult();

    private static async Task<IResult> FiguresAsync(HttpRequest request, WorkOrderQuery query, FiguresReportBuilder figures, TimeProvider clock, CancellationToken cancellationToken)
    {
        try
        {
            var filter = OperatorQueryParser.Parse(request.Query);
            var grouping = OperatorQueryParser.Grouping(request.Query);
            var orders = await query.ListAsync(filter, cancellationToken);
            var from = filter.From ?? (orders.Count > 0 ? orders[0].ReceivedAt : clock.GetUtcNow());
            var to = filter.To ?? clock.GetUtcNow();
            return Results.Json(figures.Build(orders, from, to, grouping), ApiJson.Options);
        }
        catch (WorkOrderRuleException exception)
        {
            return ApiProblems.FromRule(exception).ToResult();
        }
    }

    private static async Task<IResult> LedgerAsync(HttpContext http, WorkOrderQuery query, SlaPolicy sla, bool xlsx)
    {
        IReadOnlyList<WorkOrder> orders;
        try
        {
            orders = await query.ListAsync(OperatorQueryParser.Parse(http.Request.Query), http.RequestAborted);
        }
        catch (WorkOrderRuleException exception)
        {
            return ApiProblems.FromRule(exception).ToResult();
        }

        var rows = orders.Select(o => ClaimLedgerRow.From(o, sla)).ToList();
        var buffer = new MemoryStream();
        if (xlsx)
        {
            LedgerXlsxWriter.Write(buffer, rows);
        }
        else
        {
            await LedgerCsvWriter.WriteAsync(buffer, rows, http.RequestAborted);
        }

        buffer.Position = 0;
        return xlsx
            ? Results.File(buffer, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "ledger.xlsx")
            : Results.File(buffer, "text/csv; charset=utf-8", "ledger.csv");
    }

    private static int Bounded(Microsoft.Extensions.Primitives.StringValues value, int fallback, int min, int max, string name)
    {
        if (value.Count == 0 || string.IsNullOrEmpty(value.ToString()))
        {
            return fallback;
        }

        return int.TryParse(value.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new WorkOrderRuleException(WorkOrderRuleCodes.InvalidArgument, $"'{name}' is '{value}'; give a whole number from {min} to {max}.");
    }
}
