using System.Text.Json;
using OnlineService.Services.Tests.Support;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Services.Tests.WorkOrders;

/// <summary>Stores will keep orders as JSON documents; the model must survive the round trip unchanged.</summary>
public sealed class SerializationTests
{
    [Fact]
    public async Task A_worked_order_round_trips_through_System_Text_Json()
    {
        var h = new WorkOrderHarness(ServiceProfiles.Beijing);
        var intake = WorkOrderHarness.Intake(WorkOrderCategory.Report) with { ExcludedHandlerIds = ["unit-7"] };
        var number = (await h.Service.ReceiveAsync(intake, "resident", WorkOrderHarness.Ct)).Result.Order.Number;
        await h.Service.AcceptAsync(number, "desk", null, WorkOrderHarness.Ct);
        await h.Service.AgreeNewTimeAsync(number, SlaMilestone.Resolved, Cst.At(2026, 11, 30, 12), "需调查取证", "desk", WorkOrderHarness.Ct);
        await h.Service.SuspendAsync(number, "desk", "等待住户提供材料", WorkOrderHarness.Ct);
        var order = await h.Service.GetAsync(number, WorkOrderHarness.Ct);

        var json = JsonSerializer.Serialize(order);
        var back = JsonSerializer.Deserialize<WorkOrder>(json)!;

        Assert.Equal(json, JsonSerializer.Serialize(back));
        Assert.Equal(order.Timeline, back.Timeline);
        Assert.Equal(order.Dues, back.Dues);
        Assert.Equal(order.AgreedDues, back.AgreedDues);
        Assert.Equal(order.ExcludedHandlerIds, back.ExcludedHandlerIds);
        Assert.Equal(order.Ledger, back.Ledger);
        Assert.Equal((order.Status, order.StatusBeforeSuspension, order.SuspendedAt, order.Version), (back.Status, back.StatusBeforeSuspension, back.SuspendedAt, back.Version));
    }
}
