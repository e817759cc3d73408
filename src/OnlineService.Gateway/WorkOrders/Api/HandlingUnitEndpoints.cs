using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Api;

/// <summary>
/// <c>/api/units</c>: a handling unit lists and reads the orders dispatched to it and moves them on — take
/// (accept), contact, arrive, resolve with result, temperatures and photos, agree a new time. Orders of other units
/// answer 404 as if they did not exist. Every POST honours an <c>Idempotency-Key</c>.
/// </summary>
public sealed class HandlingUnitEndpoints(
    WorkOrderService workOrders,
    IWorkOrderStore store,
    IdempotencyGate idempotency,
    WorkOrderPhotoStore photos,
    TimeProvider clock)
{
    private readonly WorkOrderService _workOrders = workOrders;

    public const string Policy = "handling-unit";

    private const int MaxJsonBytes = 64 * 1024;

    private static readonly WorkOrderStatus[] s_visible = [WorkOrderStatus.Dispatched, WorkOrderStatus.Contacted, WorkOrderStatus.OnSite, WorkOrderStatus.Resolved];

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var units = endpoints.MapGroup("/api/units").RequireAuthorization(Policy).WithTags("Handling units");
        units.MapGet("/orders", (HttpContext http, HandlingUnitEndpoints api) => api.ListAsync(http))
            .WithSummary("Open orders dispatched to the calling unit, oldest first.");
        units.MapGet("/orders/{number}", (string number, HttpContext http, HandlingUnitEndpoints api) => api.GetAsync(number, http))
            .WithSummary("One order dispatched to the calling unit, with due times and timeline.");
        units.MapPost("/orders/{number}/accept", (string number, HttpContext http, HandlingUnitEndpoints api) =>
                api.RunJsonAsync<NoteRequest>(number, http, (unit, body, ct) => api._workOrders.ApplyAsHandlerAsync(number, unit, (o, now, _) => WorkOrderLifecycle.AcceptDispatch(o, unit, body?.Note, now), ct)))
            .WithSummary("The unit takes the dispatched order (接单). Body: { note }.");
        units.MapPost("/orders/{number}/contact", (string number, HttpContext http, HandlingUnitEndpoints api) =>
                api.RunJsonAsync<NoteRequest>(number, http, (unit, body, ct) => api._workOrders.ApplyAsHandlerAsync(number, unit, (o, now, _) => WorkOrderLifecycle.RecordContact(o, unit, body?.Note, now), ct)))
            .WithSummary("The unit contacted the customer. Body: { note }.");
        units.MapPost("/orders/{number}/arrive", (string number, HttpContext http, HandlingUnitEndpoints api) =>
                api.RunJsonAsync<NoteRequest>(number, http, (unit, body, ct) => api._workOrders.ApplyAsHandlerAsync(number, unit, (o, now, sla) => WorkOrderLifecycle.RecordArrival(o, unit, body?.Note, now, sla), ct)))
            .WithSummary("The unit arrived on site. Body: { note }.");
        units.MapPost("/orders/{number}/agree-new-time", (string number, HttpContext http, HandlingUnitEndpoints api) =>
                api.RunJsonAsync<AgreeNewTimeRequest>(number, http, (unit, body, ct) => AgreeNewTimeAsync(api._workOrders, number, unit, body, ct)))
            .WithSummary("The limit cannot be met: the reason and the new time agreed with the customer (T/CDHA 4.4.8).");
        units.MapPost("/orders/{number}/resolve", (string number, HttpContext http, HandlingUnitEndpoints api) => api.ResolveAsync(number, http))
            .WithSummary("The work is done: result, method, solved, temperatures; photos as multipart/form-data files named 'photos'.");
    }

    private async Task<IResult> ListAsync(HttpContext http)
    {
        var unit = UnitOf(http.User);
        var now = clock.GetUtcNow();
        var orders = new List<WorkOrderView>();
        foreach (var status in s_visible)
        {
            foreach (var order in await store.ListByStatusAsync(status, http.RequestAborted))
            {
                if (IsMine(order, unit))
                {
                    orders.Add(WorkOrderView.From(order, now, forUnit: true));
                }
            }
        }

        return Results.Json(orders.OrderBy(o => o.ReceivedAt).ThenBy(o => o.Number, StringComparer.Ordinal), ApiJson.Options);
    }

    private async Task<IResult> GetAsync(string number, HttpContext http)
    {
        var order = await store.GetAsync(number, http.RequestAborted);
        return order is not null && IsMine(order, UnitOf(http.User))
            ? Results.Json(WorkOrderView.From(order, clock.GetUtcNow(), forUnit: true), ApiJson.Options)
            : ApiProblems.NotFound(number).ToResult();
    }

    private async Task<IResult> RunJsonAsync<TBody>(string number, HttpContext http, Func<string, TBody?, CancellationToken, Task<WorkOrderResult>> step)
        where TBody : class
    {
        var cancellationToken = http.RequestAborted;
        var body = await ReadBodyAsync(http.Request, MaxJsonBytes, cancellationToken);
        if (body is null)
        {
            return ApiProblems.Create(StatusCodes.Status413PayloadTooLarge, "The body is too large.", $"Send at most {MaxJsonBytes} bytes of JSON.", "too_large").ToResult();
        }

        return await RunAsync(number, http, body, async unit =>
        {
            TBody? request;
            try
            {
                request = body.Length == 0 ? null : JsonSerializer.Deserialize<TBody>(body, ApiJson.Options);
            }
            catch (JsonException exception)
            {
                return ApiProblems.BadRequest($"The body is not valid JSON for this request: {exception.Message}");
            }

            return Success(await step(unit, request, cancellationToken));
        });
    }

    private async Task<IResult> ResolveAsync(string number, HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        var body = await ReadBodyAsync(http.Request, long.MaxValue, cancellationToken);
        return await RunAsync(number, http, body!, async unit =>
        {
            ResolveRequest? request;
            IReadOnlyList<IFormFile> files = [];
            try
            {
                if (http.Request.HasFormContentType)
                {
                    http.Request.Body = new MemoryStream(body!);
                    var form = await http.Request.ReadFormAsync(cancellationToken);
                    request = FromForm(form);
                    files = form.Files.GetFiles("photos");
                }
                else
                {
                    request = body!.Length == 0 ? null : JsonSerializer.Deserialize<ResolveRequest>(body, ApiJson.Options);
                }
            }
            catch (Exception exception) when (exception is JsonException or FormatException or InvalidDataException)
            {
                return ApiProblems.BadRequest($"The resolution cannot be read: {exception.Message}");
            }

            if (request is null || string.IsNullOrWhiteSpace(request.Result))
            {
                return ApiProblems.BadRequest("Give the handling result in 'result'; the resident is told it.");
            }

            if (!Enum.TryParse<HandlingMethod>(request.Method ?? nameof(HandlingMethod.OnSite), ignoreCase: true, out var method) || !Enum.IsDefined(method))
            {
                return ApiProblems.BadRequest($"'method' is '{request.Method}'; use 'onSite' or 'phone'.");
            }

            if (photos.Check(files) is { } refusal)
            {
                return ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, "The photos cannot be attached.", refusal, "invalid_photo");
            }

            var kept = new List<string>();
            try
            {
                foreach (var file in files)
                {
                    kept.Add(await photos.SaveAsync(number, file, cancellationToken));
                }

                var resolution = new Resolution(request.Result.Trim(), method, request.Solved ?? true, request.Temperatures) { Photos = kept };
                return Success(await _workOrders.ApplyAsHandlerAsync(number, unit, (o, now, _) => WorkOrderLifecycle.Resolve(o, resolution, unit, now), cancellationToken));
            }
            catch (InvalidDataException exception)
            {
                photos.Delete(number, kept);
                return ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, "The photos cannot be attached.", exception.Message, "invalid_photo");
            }
            catch
            {
                photos.Delete(number, kept);
                throw;
            }
        });
    }

    // The shared path of every POST: idempotency, visibility to the unit (checked here for a clean 404 before any upload
    // is kept, and again by ApplyAsHandlerAsync on the order the step is applied to), rule violations as problem details.
    private async Task<IResult> RunAsync(string number, HttpContext http, byte[] body, Func<string, Task<ApiResponse>> step)
    {
        var unit = UnitOf(http.User);
        var fingerprint = Fingerprint(http.Request, body);
        var response = await idempotency.RunAsync($"unit/{unit}", http.Request.Headers[IdempotencyGate.HeaderName].ToString(), fingerprint, async () =>
        {
            var order = await store.GetAsync(number, http.RequestAborted);
            if (order is null || !IsMine(order, unit))
            {
                return ApiProblems.NotFound(number);
            }

            try
            {
                return await step(unit);
            }
            catch (WorkOrderRuleException exception)
            {
                return ApiProblems.FromRule(exception);
            }
        }, http.RequestAborted);
        return response.ToResult();
    }

    private static async Task<WorkOrderResult> AgreeNewTimeAsync(WorkOrderService workOrders, string number, string unit, AgreeNewTimeRequest? body, CancellationToken cancellationToken)
    {
        if (body?.Milestone is null || !Enum.TryParse<SlaMilestone>(body.Milestone, ignoreCase: true, out var milestone) || !Enum.IsDefined(milestone))
        {
            throw new WorkOrderRuleException(WorkOrderRuleCodes.InvalidArgument, $"'milestone' is '{body?.Milestone}'; use one of {string.Join(", ", Enum.GetNames<SlaMilestone>())}.");
        }

        if (body.AgreedDueAt is null)
        {
            throw new WorkOrderRuleException(WorkOrderRuleCodes.InvalidArgument, "Give 'agreedDueAt', the time agreed with the customer, as ISO 8601 with offset (e.g. 2026-11-20T18:00:00+08:00).");
        }

        var agreedDueAt = body.AgreedDueAt.Value;
        return await workOrders.ApplyAsHandlerAsync(number, unit,
            (o, now, sla) => WorkOrderLifecycle.AgreeNewTime(o, milestone, agreedDueAt, body.Reason ?? string.Empty, unit, now, sla), cancellationToken);
    }

    private ApiResponse Success(WorkOrderResult result) =>
        new(StatusCodes.Status200OK, "application/json", JsonSerializer.Serialize(WorkOrderView.From(result.Order, clock.GetUtcNow(), forUnit: true), ApiJson.Options));

    private static ResolveRequest FromForm(IFormCollection form)
    {
        decimal? Number(string name) => string.IsNullOrWhiteSpace(form[name])
            ? null
            : decimal.Parse(form[name].ToString(), NumberStyles.Number, CultureInfo.InvariantCulture);

        var solved = form["solved"].ToString();
        var temperatures = new RoomTemperatures(Number("livingRoom"), Number("bedroom1"), Number("bedroom2"), Number("other"));
        return new ResolveRequest(
            form["result"].ToString(),
            form["method"].ToString() is { Length: > 0 } m ? m : null,
            solved.Length == 0 ? null : bool.Parse(solved),
            temperatures == new RoomTemperatures(null) ? null : temperatures);
    }

    private static bool IsMine(WorkOrder order, string unit) => string.Equals(order.HandlerId, unit, StringComparison.OrdinalIgnoreCase);

    private static string UnitOf(ClaimsPrincipal user) =>
        user.FindFirstValue(HandlingUnitAuthenticationHandler.UnitIdClaim)
        ?? throw new InvalidOperationException("A handling-unit request reached the API without a unit id; check that the endpoints require the 'handling-unit' policy.");

    // Same method, path and bytes: the same request. A client retrying must send the identical body.
    private static string Fingerprint(HttpRequest request, byte[] body)
    {
        var head = Encoding.UTF8.GetBytes($"{request.Method} {request.Path}\n");
        return Convert.ToHexString(SHA256.HashData([.. head, .. body]));
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }

        return buffer.ToArray();
    }
}
