using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Gateway.WorkOrders.Webhooks;
using OnlineService.Services.Scheduling;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Tests.WorkOrders.Api;

/// <summary>The outgoing webhook: one signed delivery per order version, retried with backoff, given up after the limit, never twice.</summary>
public sealed class WebhookTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    private static CancellationToken Ct => WorkOrderApiGateway.Ct;

    [Fact]
    public async Task Every_version_is_delivered_once_signed_over_timestamp_and_body()
    {
        var clock = new FakeTimeProvider(WorkOrderApiGateway.Start);
        await using var gateway = new WorkOrderApiGateway(_data.Path, clock);
        var order = await gateway.DispatchedOrderAsync();

        await gateway.SweepUntilQuietAsync();
        await gateway.SweepUntilQuietAsync();

        var received = gateway.Receiver.Received.ToList();
        Assert.Equal([1L, 2L, 3L], received.Select(r => Version(r.Body)).Order());
        Assert.All(received, r =>
        {
            Assert.Equal(new Uri(WorkOrderApiGateway.WebhookUrl), r.Url);
            Assert.Equal("workorder.changed", r.Event);
            Assert.True(WebhookSignature.Verify(WorkOrderApiGateway.WebhookSecret, long.Parse(r.Timestamp, System.Globalization.CultureInfo.InvariantCulture), r.Body, r.Signature));
            Assert.False(WebhookSignature.Verify("another-secret-0123456789-abcdefghij", long.Parse(r.Timestamp, System.Globalization.CultureInfo.InvariantCulture), r.Body, r.Signature));
            Assert.Equal(WorkOrderApiGateway.Start.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), r.Timestamp);
        });
        var last = JsonDocument.Parse(received.Single(r => Version(r.Body) == 3).Body).RootElement;
        Assert.Equal($"webhook/{order.Number}/3", last.GetProperty("id").GetString());
        Assert.Equal("dispatched", last.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal("unit-a", last.GetProperty("order").GetProperty("handlerId").GetString());

        // The reconcile shows the open order to every observer again: nothing is delivered twice.
        await gateway.Services.GetRequiredService<OnlineService.Gateway.Jobs.WorkOrderReconciler>().ReconcileOpenOrdersAsync(Ct);

        Assert.Equal(0, await gateway.SweepUntilQuietAsync());
        Assert.Equal(3, gateway.Receiver.Received.Count);
    }

    [Fact]
    public async Task A_failing_receiver_is_retried_with_backoff_and_given_up_after_the_attempt_limit()
    {
        var clock = new FakeTimeProvider(WorkOrderApiGateway.Start);
        await using var gateway = new WorkOrderApiGateway(_data.Path, clock);
        gateway.Receiver.Status = HttpStatusCode.ServiceUnavailable;
        var order = (await gateway.WorkOrders.ReceiveAsync(Intake("r-9"), "resident", Ct)).Result.Order;
        var id = $"webhook/{order.Number}/1";
        var dueItems = gateway.Services.GetRequiredService<IDueItemStore>();

        await gateway.Sweeper.SweepAsync(Ct);
        var afterFirst = await dueItems.FindAsync(id, Ct);
        Assert.Equal((DueItemStatus.Pending, 1), (afterFirst!.Status, afterFirst.Attempts));
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromSeconds(30), afterFirst.NextAttemptAt);

        // Not before the backoff; then the receiver recovers and takes it.
        clock.Advance(TimeSpan.FromSeconds(29));
        await gateway.Sweeper.SweepAsync(Ct);
        Assert.Equal(1, gateway.Receiver.Attempts);
        gateway.Receiver.Status = HttpStatusCode.OK;
        clock.Advance(TimeSpan.FromSeconds(1));
        await gateway.Sweeper.SweepAsync(Ct);
        Assert.Equal(DueItemStatus.Completed, (await dueItems.FindAsync(id, Ct))!.Status);
        Assert.Equal(id, Assert.Single(gateway.Receiver.Received).Delivery);

        // A version that keeps failing: attempts 1 and 2 are retried (30 s, 60 s), the third (MaxAttempts) gives up.
        gateway.Receiver.Status = HttpStatusCode.InternalServerError;
        var accepted = (await gateway.WorkOrders.AcceptAsync(order.Number, "desk", null, Ct)).Order;
        var failing = $"webhook/{order.Number}/{accepted.Version}";
        var attemptsBefore = gateway.Receiver.Attempts;
        await gateway.Sweeper.SweepAsync(Ct);
        clock.Advance(TimeSpan.FromSeconds(30));
        await gateway.Sweeper.SweepAsync(Ct);
        clock.Advance(TimeSpan.FromSeconds(60));
        await gateway.Sweeper.SweepAsync(Ct);
        clock.Advance(TimeSpan.FromHours(1));
        await gateway.Sweeper.SweepAsync(Ct);

        Assert.Equal(3, gateway.Receiver.Attempts - attemptsBefore);
        Assert.Equal(DueItemStatus.Completed, (await dueItems.FindAsync(failing, Ct))!.Status);
    }

    [Fact]
    public async Task Webhooks_pending_at_a_restart_are_delivered_after_it_exactly_once()
    {
        var clock = new FakeTimeProvider(WorkOrderApiGateway.Start);
        var receiver = new RecordingWebhookReceiver();
        string number;
        await using (var before = new WorkOrderApiGateway(_data.Path, clock, receiver))
        {
            number = (await before.DispatchedOrderAsync()).Number;
        }

        await using var after = new WorkOrderApiGateway(_data.Path, clock, receiver);
        await after.SweepUntilQuietAsync();
        await after.SweepUntilQuietAsync();

        Assert.Equal([1L, 2L, 3L], receiver.Received.Select(r => Version(r.Body)).Order());
        Assert.All(receiver.Received, r => Assert.StartsWith($"webhook/{number}/", r.Delivery, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_gateways_sweeping_one_store_deliver_every_version_and_every_SLA_item_once()
    {
        var clock = new FakeTimeProvider(WorkOrderApiGateway.Start);
        var receiver = new RecordingWebhookReceiver();
        await using var first = new WorkOrderApiGateway(_data.Path, clock, receiver);
        await using var second = new WorkOrderApiGateway(_data.Path, clock, receiver);
        var orders = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            orders.Add((await (i % 2 == 0 ? first : second).DispatchedOrderAsync($"r-{i}")).Number);
        }

        // Past every contact limit: warnings and breaches fire on both hosts at once, each a new version to deliver.
        clock.Advance(TimeSpan.FromHours(2));
        for (var round = 0; round < 4; round++)
        {
            await Task.WhenAll(first.SweepUntilQuietAsync(), second.SweepUntilQuietAsync());
        }

        foreach (var number in orders)
        {
            var order = await first.WorkOrders.GetAsync(number, Ct);
            Assert.Single(order.Timeline, e => e.Stage == TimelineStage.SlaWarning && e.Milestone == SlaMilestone.Contact);
            Assert.Single(order.Timeline, e => e.Stage == TimelineStage.SlaBreached && e.Milestone == SlaMilestone.Contact);
            var versions = receiver.Received.Where(r => r.Delivery.StartsWith($"webhook/{number}/", StringComparison.Ordinal)).Select(r => Version(r.Body)).Order().ToList();
            Assert.Equal(Enumerable.Range(1, (int)order.Version).Select(v => (long)v), versions);
        }
    }

    private static long Version(string body) => JsonDocument.Parse(body).RootElement.GetProperty("version").GetInt64();

    private static WorkOrderIntake Intake(string resident) =>
        new(WorkOrderCategory.RepairNotWarm, "webchat", resident, "家里暖气不热") { Ledger = new LedgerDetails { Address = $"幸福小区{resident}" } };
}
