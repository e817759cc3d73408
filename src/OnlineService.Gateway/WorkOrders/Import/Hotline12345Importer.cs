using System.Text.Json;
using Microsoft.Extensions.Options;
using OnlineService.Conversation.State;
using OnlineService.Gateway.WorkOrders.Api;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Import;

/// <summary>
/// Creates work orders from 12345 hotline orders, idempotent by the city-level number: the number is claimed in the
/// shared state store with a create-only write (so two replicas never import it twice), the order is received with
/// source "city" on channel <c>hotline12345</c> and the number as its ledger's 市级编号, and the claim then points at
/// the order. A crash between the order's save and the link is repaired on the next import of the number, which finds
/// the order by its city number before creating one.
/// </summary>
public sealed class Hotline12345Importer(
    WorkOrderService workOrders,
    IWorkOrderStore store,
    IStateStore state,
    IOptionsMonitor<Hotline12345Options> options,
    TimeProvider clock)
{
    public const string Channel = "hotline12345";

    public const string Actor = "hotline12345";

    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);

    /// <summary>Imports one hotline order; a <see cref="WorkOrderRuleException"/> explains bad input or an import still running.</summary>
    public async Task<Hotline12345ImportResult> ImportAsync(Hotline12345Order request, CancellationToken cancellationToken)
    {
        var (cityNumber, category, source) = Validate(request);
        var key = $"hotline12345/{cityNumber}";
        var residentId = $"{Channel}:{(string.IsNullOrWhiteSpace(request.Phone) ? cityNumber : request.Phone.Trim())}";
        var now = clock.GetUtcNow();

        string etag;
        try
        {
            etag = await state.WriteAsync(key, Serialize(new Hotline12345Link(now, null)), expectedETag: null, cancellationToken);
        }
        catch (StateConflictException)
        {
            var existing = await state.ReadAsync(key, cancellationToken);
            var link = existing is null ? null : JsonSerializer.Deserialize<Hotline12345Link>(existing.Json, ApiJson.Options);
            if (link?.OrderNumber is { } linked)
            {
                return new Hotline12345ImportResult(await workOrders.GetAsync(linked, cancellationToken), Created: false, RaisedAgain: false);
            }

            if (link is not null && now - link.ClaimedAt <= AbandonedAfter)
            {
                throw new WorkOrderRuleException(WorkOrderRuleCodes.Conflict, $"12345 order {cityNumber} is being imported right now; send it again in a few seconds.");
            }

            etag = await state.WriteAsync(key, Serialize(new Hotline12345Link(now, null)), existing?.ETag, cancellationToken);
        }

        var earlier = (await store.ListByResidentAsync(residentId, cancellationToken))
            .FirstOrDefault(o => string.Equals(o.Ledger.CityNumber, cityNumber, StringComparison.Ordinal));
        if (earlier is not null)
        {
            await state.WriteAsync(key, Serialize(new Hotline12345Link(now, earlier.Number)), etag, cancellationToken);
            return new Hotline12345ImportResult(earlier, Created: false, RaisedAgain: false);
        }

        var intake = new WorkOrderIntake(category, Channel, residentId, request.Content!.Trim())
        {
            Ledger = new LedgerDetails
            {
                CityNumber = cityNumber,
                Source = source,
                Requester = Clean(request.Requester),
                Phone = Clean(request.Phone),
                District = Clean(request.District),
                Community = Clean(request.Community),
                Address = Clean(request.Address),
                OutdoorTemperature = request.OutdoorTemperature,
            },
        };
        ReceiveOutcome outcome;
        try
        {
            outcome = await workOrders.ReceiveAsync(intake, Actor, cancellationToken);
        }
        catch
        {
            await state.DeleteAsync(key, etag, CancellationToken.None);
            throw;
        }

        await state.WriteAsync(key, Serialize(new Hotline12345Link(now, outcome.Result.Order.Number)), etag, cancellationToken);
        return new Hotline12345ImportResult(outcome.Result.Order, Created: !outcome.RaisedAgain, outcome.RaisedAgain);
    }

    private (string CityNumber, WorkOrderCategory Category, LedgerSource Source) Validate(Hotline12345Order request)
    {
        var cityNumber = request.CityNumber?.Trim();
        if (string.IsNullOrEmpty(cityNumber) || cityNumber.Length > 64 || !cityNumber.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw Invalid("Give 'cityNumber', the hotline's order number (letters, digits, '-' or '_', at most 64).");
        }

        if (string.IsNullOrWhiteSpace(request.Content))
        {
            throw Invalid("Give 'content', what the caller asked for.");
        }

        var name = request.Category?.Trim() ?? string.Empty;
        if (!WorkOrderCategories.TryParse(name, out var category)
            && !(options.CurrentValue.Categories.TryGetValue(name, out var mapped) && WorkOrderCategories.TryParse(mapped, out category)))
        {
            throw Invalid($"'category' is '{request.Category}', which is neither one of our keys ({string.Join(", ", WorkOrderCategories.All.Select(c => c.Key()))}) " +
                $"nor a hotline name mapped in {Hotline12345Options.SectionName}:Categories ({string.Join(", ", options.CurrentValue.Categories.Keys)}).");
        }

        var source = request.Source?.Trim().ToUpperInvariant() switch
        {
            null or "" or "CITY" => LedgerSource.City,
            "DISTRICT" => LedgerSource.District,
            _ => throw Invalid($"'source' is '{request.Source}'; use 'city' or 'district'."),
        };
        return (cityNumber, category, source);
    }

    private static WorkOrderRuleException Invalid(string message) => new(WorkOrderRuleCodes.InvalidArgument, message);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Serialize(Hotline12345Link link) => JsonSerializer.Serialize(link, ApiJson.Options);
}
