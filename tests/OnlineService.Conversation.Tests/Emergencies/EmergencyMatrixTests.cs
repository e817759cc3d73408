using OnlineService.Conversation.Tests.Harness;
using OnlineService.Services.Handoff;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Conversation.Tests.Emergencies;

/// <summary>
/// Issue 11's acceptance matrix: gas smell / burst pipe / spreading leak × day / night × agents online in the repair
/// group / only in another group / nobody. Every time: the safety advice first, an emergency order (category and
/// priority as stored), the hotline, the duty unit holding the order at once, and an attending agent holding the
/// conversation within a minute whenever one is online; never a queue position or an expected wait.
/// </summary>
public sealed class EmergencyMatrixTests : IDisposable
{
    private static readonly TimeSpan OneMinute = TimeSpan.FromMinutes(1);

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    public static TheoryData<string, bool, Staffing> Cases()
    {
        var data = new TheoryData<string, bool, Staffing>();
        foreach (var kind in new[] { "gas", "burst", "spreading" })
        {
            foreach (var night in new[] { false, true })
            {
                foreach (var staffing in Enum.GetValues<Staffing>())
                {
                    data.Add(kind, night, staffing);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_emergency_is_an_order_with_the_hotline_and_reaches_a_person_at_any_hour_and_queue_state(string kind, bool night, Staffing staffing)
    {
        await using var desk = await EmergencyDesk.StartAsync(_db.Path, night ? EmergencyDesk.Night : EmergencyDesk.Day, staffing);
        var reportedAt = desk.Clock.GetUtcNow();
        var message = kind switch
        {
            "gas" => "家里有股臭鸡蛋味，是不是燃气漏了",
            "burst" => "水管爆了 家里全淹了",
            _ => "暖气片一直漏水，越漏越大，楼下说漏到他家了",
        };

        var replies = await desk.SayAsync(message);

        // Safety first, the hotline for a call, and never a queue or "come back later".
        Assert.StartsWith("【安全提示】", replies[0], StringComparison.Ordinal);
        if (kind == "gas")
        {
            Assert.Contains("119", replies[0], StringComparison.Ordinal);
            Assert.Contains("燃气公司", replies[0], StringComparison.Ordinal);
        }

        Assert.Contains(replies, r => r.Contains(EmergencyDesk.Hotline, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, r => r.Contains("预计等待", StringComparison.Ordinal) || r.Contains("排在第", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, r => r.Contains("服务时间内再回复", StringComparison.Ordinal) || r.Contains("暂时无法为您转接", StringComparison.Ordinal));

        // The order, as stored: an emergency, in the duty unit's hands at once, its number told.
        var order = await desk.SingleOrderAsync();
        Assert.Equal(WorkOrderPriority.Emergency, order.Priority);
        Assert.Equal(kind == "gas" ? WorkOrderCategory.ComplexConsultation : WorkOrderCategory.RepairLeak, order.Category);
        Assert.Contains(message, order.Content, StringComparison.Ordinal);
        Assert.Equal((WorkOrderStatus.Dispatched, EmergencyDesk.DutyUnit), (order.Status, order.HandlerId));
        var dispatched = Assert.Single(order.Timeline, e => e.Stage == TimelineStage.Dispatched);
        Assert.True(dispatched.At - reportedAt <= OneMinute);
        Assert.Contains(replies, r => r.Contains(order.Number, StringComparison.Ordinal));

        // A person: the online agent of any group holds the conversation; with nobody online, nobody is queued.
        var ticket = await desk.OpenTicketAsync();
        if (staffing == Staffing.Nobody)
        {
            Assert.Null(ticket);
            Assert.Contains(replies, r => r.Contains("不需要排队等待", StringComparison.Ordinal));
            Assert.Contains(replies, r => r.Contains("请回复联系电话和详细地址", StringComparison.Ordinal));

            // The one contact answer completes the order; nothing is asked again.
            var answer = await desk.SayAsync("13912345678 幸福里小区5号楼3单元201");
            Assert.Contains(answer, r => r.Contains($"已补充到工单 {order.Number}", StringComparison.Ordinal));
            var completed = await desk.SingleOrderAsync();
            Assert.Equal(("13912345678", "幸福里小区5号楼3单元201"), (completed.Ledger.Phone, completed.Ledger.Address));
            Assert.Contains(completed.Timeline, e => e.Stage == TimelineStage.ContactUpdated);
            Assert.Equal(EmergencyDesk.DutyUnit, completed.HandlerId);
        }
        else
        {
            var expected = staffing == Staffing.RepairGroup ? (EmergencyDesk.RepairAgent, "李强") : (EmergencyDesk.BillingAgent, "王芳");
            Assert.NotNull(ticket);
            Assert.Equal((TicketStatus.Assigned, expected.Item1, HandoffTrigger.Emergency), (ticket.Status, ticket.AgentId, ticket.Trigger));
            Assert.True(ticket.AssignedAt - reportedAt <= OneMinute);
            Assert.Contains(replies, r => r.Contains($"已为您接通人工客服{expected.Item2}", StringComparison.Ordinal));
            Assert.Contains(replies, r => r.Contains("请把联系电话和详细地址直接发给客服", StringComparison.Ordinal));
        }
    }
}
