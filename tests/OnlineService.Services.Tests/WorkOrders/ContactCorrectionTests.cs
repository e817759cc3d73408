using OnlineService.Services.Tests.Support;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Services.Tests.WorkOrders;

/// <summary>The resident's correction of a submitted order's contact ("刚才电话写错了"), kept on the timeline.</summary>
public sealed class ContactCorrectionTests
{
    [Fact]
    public async Task Phone_and_address_change_with_a_timeline_entry_saying_what_they_were()
    {
        var h = new WorkOrderHarness(ServiceProfiles.National);
        var ct = WorkOrderHarness.Ct;
        var order = (await h.Service.ReceiveAsync(WorkOrderHarness.Intake(WorkOrderCategory.RepairLeak), "resident", ct)).Result.Order;

        var corrected = (await h.Service.UpdateContactAsync(order.Number, "13912345678", "望京花园3号楼2单元501", "resident", ct)).Order;

        Assert.Equal(("13912345678", "望京花园3号楼2单元501"), (corrected.Ledger.Phone, corrected.Ledger.Address));
        var entry = corrected.Last(TimelineStage.ContactUpdated)!;
        Assert.Equal("resident", entry.Actor);
        Assert.Contains("电话", entry.Note, StringComparison.Ordinal);
        Assert.Contains("→ 13912345678", entry.Note, StringComparison.Ordinal);
        Assert.Equal(order.Status, corrected.Status);
    }

    [Fact]
    public async Task A_correction_without_a_new_value_is_refused()
    {
        var h = new WorkOrderHarness(ServiceProfiles.National);
        var ct = WorkOrderHarness.Ct;
        var order = (await h.Service.ReceiveAsync(WorkOrderHarness.Intake(WorkOrderCategory.RepairLeak), "resident", ct)).Result.Order;

        var refused = await Assert.ThrowsAsync<WorkOrderRuleException>(() => h.Service.UpdateContactAsync(order.Number, null, " ", "resident", ct));
        Assert.Equal(WorkOrderRuleCodes.InvalidArgument, refused.Code);
    }
}
