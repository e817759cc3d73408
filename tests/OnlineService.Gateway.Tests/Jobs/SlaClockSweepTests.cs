using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Gateway.Jobs;
using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Services.Scheduling;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Tests.Jobs;

/// <summary>ARCHITECTURE invariant 4 for SLA clocks: timers live in the store, survive restarts and fire once.</summary>
public sealed class SlaClockSweepTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 18, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    private static CancellationToken Ct => ClockGateway.Ct;

    [Fact]
    public async Task Saving_an_order_schedules_its_clock_as_due_items()
    {
        var clock = new FakeTimeProvider(Start);
        await using var gateway = new ClockGateway(_data.Path, clock);

        var result = (await gateway.WorkOrders.ReceiveAsync(ClockGateway.Intake("r-1"), "resident", Ct)).Result;

        Assert.NotEmpty(result.Clock);
        foreach (var item in result.Clock)
        {
            var due = await gateway.DueItems.FindAsync(item.Id, Ct);
            Assert.NotNull(due);
            Assert.Equal((SlaClockDueItems.KindOf(item), item.FireAt, DueItemStatus.Pending), (due.Kind, due.DueAt, due.Status));
        }
    }

    [Fact]
    public async Task The_warning_fires_before_the_breach_and_each_exactly_once()
    {
        var clock = new FakeTimeProvider(Start);
        await using var gateway = new ClockGateway(_data.Path, clock);
        var received = (await gateway.WorkOrders.ReceiveAsync(ClockGateway.Intake("r-1"), "resident", Ct)).Result;
        var warning = received.Clock.Single(i => i.Milestone == SlaMilestone.Contact && i.Kind == SlaClockKind.Warning);
        var breach = received.Clock.Single(i => i.Milestone == SlaMilestone.Contact && i.Kind == SlaClockKind.Breach);

        clock.SetUtcNow(warning.FireAt - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await gateway.SweepUntilQuietAsync());

        clock.SetUtcNow(warning.FireAt);
        Assert.Equal(1, await gateway.SweepUntilQuietAsync());
        Assert.Equal(0, await gateway.SweepUntilQuietAsync());
        var warned = await gateway.WorkOrders.GetAsync(received.Order.Number, Ct);
        Assert.Equal([TimelineStage.SlaWarning], SlaStages(warned));
        Assert.False(warned.Escalated);

        clock.SetUtcNow(breach.FireAt);
        Assert.Equal(1, await gateway.SweepUntilQuietAsync());
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await gateway.SweepUntilQuietAsync());

        var breached = await gateway.WorkOrders.GetAsync(received.Order.Number, Ct);
        Assert.Equal([TimelineStage.SlaWarning, TimelineStage.SlaBreached], SlaStages(breached));
        Assert.Equal([warning.Id, breach.Id], breached.Timeline.Where(e => e.ClockItemId is not null).Select(e => e.ClockItemId));
        Assert.True(breached.Escalated);
        Assert.Equal(DueItemStatus.Completed, (await gateway.DueItems.FindAsync(breach.Id, Ct))!.Status);
    }

    [Fact]
    public async Task A_reached_milestone_fires_nothing()
    {
        var clock = new FakeTimeProvider(Start);
        await using var gateway = new ClockGateway(_data.Path, clock);
        var order = (await gateway.WorkOrders.ReceiveAsync(ClockGateway.Intake("r-1"), "resident", Ct)).Result.Order;
        var contactBreach = gateway.WorkOrders.Sla.ClockFor(order).Single(i => i.Milestone == SlaMilestone.Contact && i.Kind == SlaClockKind.Breach);
        await gateway.WorkOrders.AcceptAsync(order.Number, "desk", null, Ct);
        await gateway.WorkOrders.DispatchAsync(order.Number, "unit-1", "desk", null, Ct);
        await gateway.WorkOrders.RecordContactAsync(order.Number, "unit-1", null, Ct);

        clock.SetUtcNow(contactBreach.FireAt + TimeSpan.FromMinutes(1));
        await gateway.SweepUntilQuietAsync();

        Assert.Empty(SlaStages(await gateway.WorkOrders.GetAsync(order.Number, Ct)));
        Assert.Equal(DueItemStatus.Completed, (await gateway.DueItems.FindAsync(contactBreach.Id, Ct))!.Status);
    }

    [Fact]
    public async Task Clocks_scheduled_before_a_restart_fire_after_it_each_exactly_once()
    {
        var clock = new FakeTimeProvider(Start);
        IReadOnlyList<SlaClockItem> items;
        string number;
        await using (var before = new ClockGateway(_data.Path, clock))
        {
            var received = (await before.WorkOrders.ReceiveAsync(ClockGateway.Intake("r-1"), "resident", Ct)).Result;
            (items, number) = (received.Clock, received.Order.Number);
            clock.SetUtcNow(items.Min(i => i.FireAt));
            Assert.Equal(1, await before.SweepUntilQuietAsync());
        }

        clock.SetUtcNow(items.Max(i => i.FireAt) + TimeSpan.FromMinutes(1));
        await using (var after = new ClockGateway(_data.Path, clock))
        {
            Assert.Equal(items.Count - 1, await after.SweepUntilQuietAsync());
            var order = await after.WorkOrders.GetAsync(number, Ct);
            Assert.Equal(items.Select(i => i.Id).Order(), order.Timeline.Where(e => e.ClockItemId is not null).Select(e => e.ClockItemId!).Order());
        }

        await using var again = new ClockGateway(_data.Path, clock);
        Assert.Equal(0, await again.SweepUntilQuietAsync());
    }

    [Fact]
    public async Task Two_gateways_sweeping_one_store_never_fire_an_item_twice()
    {
        var clock = new FakeTimeProvider(Start);
        await using var first = new ClockGateway(_data.Path, clock);
        await using var second = new ClockGateway(_data.Path, clock);
        var expected = new List<string>();
        var numbers = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var gateway = i % 2 == 0 ? first : second;
            var received = (await gateway.WorkOrders.ReceiveAsync(ClockGateway.Intake($"r-{i}"), "resident", Ct)).Result;
            expected.AddRange(received.Clock.Select(c => c.Id));
            numbers.Add(received.Order.Number);
        }

        clock.Advance(TimeSpan.FromDays(7));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).SweepUntilQuietAsync(), Ct)));

        // Items that lost an optimistic-concurrency race on their order were released for a retry: let them come back.
        clock.Advance(TimeSpan.FromHours(1));
        await Task.WhenAll(first.SweepUntilQuietAsync(), second.SweepUntilQuietAsync());

        var fired = new List<string>();
        foreach (var number in numbers)
        {
            fired.AddRange((await first.WorkOrders.GetAsync(number, Ct)).Timeline.Where(e => e.ClockItemId is not null).Select(e => e.ClockItemId!));
        }

        Assert.Equal(expected.Order(), fired.Order());
        foreach (var id in expected)
        {
            Assert.Equal(DueItemStatus.Completed, (await first.DueItems.FindAsync(id, Ct))!.Status);
        }
    }

    [Fact]
    public async Task Clocks_lost_in_a_crash_after_the_save_are_rescheduled_from_the_open_orders()
    {
        var clock = new FakeTimeProvider(Start);
        await using var gateway = new ClockGateway(_data.Path, clock);
        var received = (await gateway.WorkOrders.ReceiveAsync(ClockGateway.Intake("r-1"), "resident", Ct)).Result;
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_data.Path, "gateway.db")}"))
        {
            await connection.OpenAsync(Ct);
            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM due_items;";
            Assert.Equal(received.Clock.Count, await delete.ExecuteNonQueryAsync(Ct));
        }

        var reconciler = gateway.Services.GetRequiredService<WorkOrderReconciler>();
        Assert.Equal(1, await reconciler.ReconcileOpenOrdersAsync(Ct));

        clock.SetUtcNow(received.Clock.Max(i => i.FireAt));
        Assert.Equal(received.Clock.Count, await gateway.SweepUntilQuietAsync());

        // Reconciling again revives nothing that fired.
        await reconciler.ReconcileOpenOrdersAsync(Ct);
        Assert.Equal(0, await gateway.SweepUntilQuietAsync());
    }

    private static TimelineStage[] SlaStages(WorkOrder order) =>
        [.. order.Timeline.Select(e => e.Stage).Where(s => s is TimelineStage.SlaWarning or TimelineStage.SlaBreached)];
}
