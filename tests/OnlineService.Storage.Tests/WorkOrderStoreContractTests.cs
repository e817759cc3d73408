using OnlineService.Services.Calendar;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Storage.Tests;

public sealed class WorkOrderStoreContractTests
{
    private static readonly SlaPolicy Sla = new(ServiceProfiles.National, WorkingDayCalendar.China);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static WorkOrder NewOrder(string number, string resident = "resident-1", DateTimeOffset? at = null, WorkOrderCategory category = WorkOrderCategory.RepairNotWarm)
    {
        var intake = new WorkOrderIntake(category, "webchat", resident, "家里暖气不热")
        {
            Ledger = new LedgerDetails { Address = "幸福小区3号楼2单元501", Requester = "张女士", Phone = "13800000000" },
        };
        return WorkOrderLifecycle.Receive(number, intake, "resident", at ?? TestProviders.T0, Sla);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_saved_order_reads_back_with_its_new_version(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var order = WorkOrderLifecycle.Accept(NewOrder("202611020001"), "desk", "已受理", TestProviders.T0.AddMinutes(1));

        var saved = await stores.WorkOrders.SaveAsync(order, Ct);
        var read = await stores.WorkOrders.GetAsync(order.Number, Ct);

        Assert.Equal(1, saved.Version);
        Assert.NotNull(read);
        Assert.Equal(1, read.Version);
        Assert.Equal(WorkOrderJson.Serialize(saved), WorkOrderJson.Serialize(read));
        Assert.Equal(order.Timeline, read.Timeline);
        Assert.Equal(order.Dues, read.Dues);
        Assert.Null(await stores.WorkOrders.GetAsync("202611029999", Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_chat_address_visit_window_and_photos_are_kept(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var order = NewOrder("202611020001") with
        {
            NoticeAddress = """{"channelId":"directline","conversationId":"c-1"}""",
            VisitWindowStart = TestProviders.T0.AddHours(4),
            VisitWindowEnd = TestProviders.T0.AddHours(6),
            ResidentPhotoUrls = ["https://files.example/leak.jpg"],
        };

        await stores.WorkOrders.SaveAsync(order, Ct);
        var read = await stores.WorkOrders.GetAsync(order.Number, Ct);

        Assert.Equal((order.NoticeAddress, order.VisitWindowStart, order.VisitWindowEnd), (read!.NoticeAddress, read.VisitWindowStart, read.VisitWindowEnd));
        Assert.Equal(order.ResidentPhotoUrls, read.ResidentPhotoUrls);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_stale_version_is_refused_and_the_current_one_wins(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var first = await stores.WorkOrders.SaveAsync(NewOrder("202611020001"), Ct);

        await Assert.ThrowsAsync<WorkOrderConcurrencyException>(() => stores.WorkOrders.SaveAsync(NewOrder("202611020001"), Ct));
        var accepted = await stores.WorkOrders.SaveAsync(WorkOrderLifecycle.Accept(first, "desk", null, TestProviders.T0), Ct);
        await Assert.ThrowsAsync<WorkOrderConcurrencyException>(
            () => stores.WorkOrders.SaveAsync(WorkOrderLifecycle.Escalate(first, "desk", "测试", TestProviders.T0), Ct));

        Assert.Equal(2, accepted.Version);
        var read = await stores.WorkOrders.GetAsync(first.Number, Ct);
        Assert.Equal((WorkOrderStatus.Accepted, 2L, false), (read!.Status, read.Version, read.Escalated));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Two_processes_saving_one_version_at_once_succeed_exactly_once(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await using var other = stores.OpenSecondInstance();
        var order = await stores.WorkOrders.SaveAsync(NewOrder("202611020001"), Ct);

        var outcomes = await Task.WhenAll(
            Enumerable.Range(0, 8).Select(async i =>
            {
                var store = i % 2 == 0 ? stores.WorkOrders : other.WorkOrders;
                try
                {
                    await store.SaveAsync(WorkOrderLifecycle.Accept(order, $"desk-{i}", null, TestProviders.T0), Ct);
                    return true;
                }
                catch (WorkOrderConcurrencyException)
                {
                    return false;
                }
            }));

        Assert.Single(outcomes, won => won);
        Assert.Equal(2, (await other.WorkOrders.GetAsync(order.Number, Ct))!.Version);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Lists_filter_by_status_and_resident_oldest_first(string provider)
    {
        await using var stores = TestStores.Open(provider);
        var late = await stores.WorkOrders.SaveAsync(NewOrder("202611020003", "r-1", TestProviders.T0.AddHours(2)), Ct);
        var early = await stores.WorkOrders.SaveAsync(NewOrder("202611020001", "r-1", TestProviders.T0), Ct);
        var other = await stores.WorkOrders.SaveAsync(NewOrder("202611020002", "r-2", TestProviders.T0.AddHours(1)), Ct);
        await stores.WorkOrders.SaveAsync(WorkOrderLifecycle.Accept(other, "desk", null, TestProviders.T0.AddHours(3)), Ct);

        var mine = await stores.WorkOrders.ListByResidentAsync("r-1", Ct);
        var received = await stores.WorkOrders.ListByStatusAsync(WorkOrderStatus.Received, Ct);
        var accepted = await stores.WorkOrders.ListByStatusAsync(WorkOrderStatus.Accepted, Ct);

        Assert.Equal([early.Number, late.Number], mine.Select(o => o.Number));
        Assert.Equal([early.Number, late.Number], received.Select(o => o.Number));
        Assert.Equal([(other.Number, 2L)], accepted.Select(o => (o.Number, o.Version)));
        Assert.Empty(await stores.WorkOrders.ListByResidentAsync("nobody", Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Daily_numbers_count_per_day_and_never_repeat_across_processes(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await using var other = stores.OpenSecondInstance();
        var day = new DateOnly(2026, 11, 2);

        var numbers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? stores : other).WorkOrderNumbers.NextAsync(day, Ct)));

        Assert.Equal(Enumerable.Range(1, 20).Select(n => (long)n), numbers.Order());
        Assert.Equal(1, await stores.WorkOrderNumbers.NextAsync(day.AddDays(1), Ct));
        Assert.Equal(21, await other.WorkOrderNumbers.NextAsync(day, Ct));
    }
}
