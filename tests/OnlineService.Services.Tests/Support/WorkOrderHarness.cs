using Microsoft.Extensions.Time.Testing;
using OnlineService.Services.Calendar;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Services.Tests.Support;

/// <summary>A work-order service on a fake clock and in-memory ports.</summary>
public sealed class WorkOrderHarness
{
    public WorkOrderHarness(ServiceProfile? profile = null, DateTimeOffset? start = null)
    {
        Time = new FakeTimeProvider(start ?? Cst.At(2026, 11, 18, 10));
        Sla = new SlaPolicy(profile ?? ServiceProfiles.National, WorkingDayCalendar.China);
        Service = new WorkOrderService(Store, new InMemoryNumberSource(), Sla, Time);
    }

    public FakeTimeProvider Time { get; }

    public InMemoryWorkOrderStore Store { get; } = new();

    public SlaPolicy Sla { get; }

    public WorkOrderService Service { get; }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static WorkOrderIntake Intake(WorkOrderCategory category, string resident = "resident-1", string address = "幸福小区3号楼2单元501") =>
        new(category, "webchat", resident, "家里暖气不热")
        {
            Ledger = new LedgerDetails { Address = address, Requester = "张女士", Phone = "13800000000", District = "朝阳区", Community = "幸福小区" },
        };

    public async Task<WorkOrder> ReceiveAsync(WorkOrderCategory category, string resident = "resident-1", string address = "幸福小区3号楼2单元501")
    {
        var outcome = await Service.ReceiveAsync(Intake(category, resident, address), "resident", Ct);
        return outcome.Result.Order;
    }

    public void Advance(TimeSpan by) => Time.Advance(by);
}
