using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace OnlineService.Gateway.Outbox;

/// <summary>
/// Store reads made by the delivery side (the outbox dispatcher, Direct Line streams and polls), as the counter
/// <c>onlineservice.delivery.store_reads</c> (tag <c>reader</c>) of the meter <c>OnlineService.Gateway.Delivery</c>
/// for any metrics exporter or <c>dotnet-counters</c>, and as totals for <c>GET /api/diagnostics/delivery</c>.
/// These loops wait on in-process signals, so an idle gateway with open sockets reads nothing; the counter shows it.
/// </summary>
public sealed class DeliveryMetrics
{
    public const string MeterName = "OnlineService.Gateway.Delivery";
    public const string OutboxClaim = "outbox.claim";
    public const string DirectLineStream = "directline.stream";
    public const string DirectLinePoll = "directline.poll";
    public const string DirectLineLookup = "directline.lookup";

    private readonly Counter<long> _storeReads;
    private readonly ConcurrentDictionary<string, StrongBox<long>> _totals = new(StringComparer.Ordinal);

    public DeliveryMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _storeReads = meter.CreateCounter<long>("onlineservice.delivery.store_reads", unit: "{read}",
            description: "Store reads made by the outbox dispatcher and the Direct Line streams and polls.");
    }

    public void StoreRead(string reader)
    {
        _storeReads.Add(1, new KeyValuePair<string, object?>("reader", reader));
        Interlocked.Increment(ref _totals.GetOrAdd(reader, static _ => new StrongBox<long>()).Value);
    }

    /// <summary>The reads since start, by reader.</summary>
    public IReadOnlyDictionary<string, long> Totals() =>
        _totals.ToDictionary(pair => pair.Key, pair => Interlocked.Read(ref pair.Value.Value), StringComparer.Ordinal);
}
