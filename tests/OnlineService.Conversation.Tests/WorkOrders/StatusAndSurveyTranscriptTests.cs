using OnlineService.Conversation.Tests.Harness;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Conversation.Tests.WorkOrders;

/// <summary>Progress in chat, and the callback survey: quiet hours, unsatisfied answers, never twice, other flows untouched.</summary>
public sealed class StatusAndSurveyTranscriptTests : IDisposable
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Progress_lists_open_orders_with_stage_handler_and_next_due_time_in_beijing_time()
    {
        await using var host = HeatingHosts.Create(_db.Path, sampleVisit: false);
        var unit = new HandlingUnit(host);
        await new TestFlow(host)
            .Send("查进度").AssertReply("您目前没有正在办理的工单").IgnoreReplies()
            .RunAsync();
        var number = await ReportLeakAsync(host, unit);
        await unit.WorkOrders.AcceptAsync(number, "desk", null, Ct);
        await unit.WorkOrders.DispatchAsync(number, "维修班组7", "desk", null, Ct);
        await unit.WorkOrders.RecordContactAsync(number, "维修班组7", null, Ct);

        // National leak: on site within 1 h of receipt at 10:00.
        await new TestFlow(host)
            .Send("查进度").AssertReply(
                $"您正在办理的工单：\n{number}（漏水抢修）：处理人员已与您联系，处理人：维修班组7，预计 11月22日 11:00 前上门处理")
            .IgnoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task A_survey_due_in_the_lunch_break_waits_until_14_and_one_due_at_night_until_8()
    {
        await using var host = HeatingHosts.Create(_db.Path, sampleVisit: false);
        var unit = new HandlingUnit(host);
        var number = await ReportLeakAsync(host, unit);
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 22, 11, 30, 0, Beijing));
        var resolved = await unit.HandleAsync(number);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 12, 30, 0, Beijing), resolved.Last(TimelineStage.Resolved)!.At);

        var (_, sentAt) = await unit.OfferSurveyAsync(number);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 14, 0, 0, Beijing), sentAt);

        // Unsatisfied: dispatched again (T/CDHA 9.2.3), and the resident is told so.
        await new TestFlow(host)
            .Send("不满意").AssertReply("请为本次服务打分")
            .Send("2").AssertReply("还有什么意见或建议吗")
            .Send("暖气还是有点渗水").AssertReply($"工单 {number} 已重新派单")
            .RunAsync();
        var redispatched = await unit.WorkOrders.GetAsync(number, Ct);
        Assert.Equal((WorkOrderStatus.Dispatched, "维修班组7"), (redispatched.Status, redispatched.HandlerId));
        Assert.Equal(TimelineStage.Redispatched, redispatched.Timeline[^1].Stage);

        // The second resolution comes in the evening; its survey waits for 08:00 the next morning.
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 22, 20, 30, 0, Beijing));
        await unit.FinishAsync(number);
        var (_, nextMorning) = await unit.OfferSurveyAsync(number);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 0, 0, Beijing), nextMorning);
        await new TestFlow(host)
            .Send("满意").IgnoreReplies()
            .Send("5").IgnoreReplies()
            .Send("没有").AssertReply("已办结")
            .RunAsync();

        var closed = await unit.WorkOrders.GetAsync(number, Ct);
        Assert.Equal(WorkOrderStatus.Closed, closed.Status);
        Assert.Equal([false, true], closed.Timeline.Where(e => e.Stage == TimelineStage.Callback).Select(e => e.Satisfied!.Value));
    }

    [Fact]
    public async Task A_survey_outside_quiet_hours_goes_at_once_and_is_never_asked_twice()
    {
        await using var host = HeatingHosts.Create(_db.Path, sampleVisit: false);
        var unit = new HandlingUnit(host);
        var number = await ReportLeakAsync(host, unit);
        var resolved = await unit.HandleAsync(number);
        var (_, sentAt) = await unit.OfferSurveyAsync(number);
        Assert.Equal(resolved.Last(TimelineStage.Resolved)!.At, sentAt);

        await new TestFlow(host)
            .Send("满意").IgnoreReplies()
            .Send("5").IgnoreReplies()
            .Send("没有").AssertReply("已办结")
            // The survey is over: the same answer again is an ordinary message for the main dialog.
            .Send("满意").AssertReply(reply => Assert.DoesNotContain("请为本次服务打分", reply.Text, StringComparison.Ordinal)).IgnoreReplies()
            .RunAsync();
        var callbacks = (await unit.WorkOrders.GetAsync(number, Ct)).Timeline.Count(e => e.Stage == TimelineStage.Callback);
        Assert.Equal(1, callbacks);
    }

    [Fact]
    public async Task A_pending_survey_leaves_other_messages_to_the_main_dialog_and_takes_the_answer_later()
    {
        await using var host = HeatingHosts.Create(_db.Path, sampleVisit: false);
        var unit = new HandlingUnit(host);
        var number = await ReportLeakAsync(host, unit);
        await unit.HandleAsync(number);
        await unit.OfferSurveyAsync(number);

        await new TestFlow(host)
            .Send("查进度").AssertReply($"{number}（漏水抢修）：已处理完毕，等待回访").IgnoreReplies()
            .Send("不满意").AssertReply("请为本次服务打分")
            .Send("取消").AssertReply("已为您取消当前办理").IgnoreReplies()
            .RunAsync();
        Assert.Equal(WorkOrderStatus.Resolved, (await unit.WorkOrders.GetAsync(number, Ct)).Status);

        // Still pending: the answer is taken when the resident comes back to it.
        await new TestFlow(host)
            .Send("不满意").AssertReply("请为本次服务打分")
            .Send("不想打分").AssertReply("请回复1到5之间的数字")
            .Send("1").IgnoreReplies()
            .Send("没有").AssertReply("已重新派单")
            .RunAsync();
        Assert.Equal(WorkOrderStatus.Dispatched, (await unit.WorkOrders.GetAsync(number, Ct)).Status);
    }

    [Fact]
    public async Task Unsatisfied_after_a_redispatch_escalates_the_order()
    {
        await using var host = HeatingHosts.Create(_db.Path, sampleVisit: false);
        var unit = new HandlingUnit(host);
        var number = await ReportLeakAsync(host, unit);
        await unit.HandleAsync(number);
        await unit.OfferSurveyAsync(number);
        await new TestFlow(host)
            .Send("不满意").IgnoreReplies()
            .Send("2").IgnoreReplies()
            .Send("没有").AssertReply("已重新派单")
            .RunAsync();

        await unit.FinishAsync(number);
        await unit.OfferSurveyAsync(number);
        await new TestFlow(host)
            .Send("还是不满意").AssertReply("请为本次服务打分")
            .Send("1").IgnoreReplies()
            .Send("两次都没修好").AssertReply($"工单 {number} 已升级处理")
            .RunAsync();

        var escalated = await unit.WorkOrders.GetAsync(number, Ct);
        Assert.True(escalated.Escalated);
        Assert.Equal((WorkOrderStatus.Accepted, null), (escalated.Status, escalated.HandlerId));
    }

    private static async Task<string> ReportLeakAsync(ConversationHost host, HandlingUnit unit)
    {
        await new TestFlow(host)
            .Send("报修").IgnoreReplies()
            .Send("漏水").IgnoreReplies()
            .Send("暖气片接口在滴水").IgnoreReplies()
            .Send("填写其他地址").IgnoreReplies()
            .Send("幸福里小区5号楼3单元201").IgnoreReplies()
            .Send("13800138000").AssertReply("工单号").IgnoreReplies()
            .RunAsync();
        return (await unit.OnlyOrderAsync()).Number;
    }
}
