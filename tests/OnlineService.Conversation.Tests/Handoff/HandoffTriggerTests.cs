using OnlineService.Conversation.Tests.Harness;

namespace OnlineService.Conversation.Tests.Handoff;

/// <summary>The dialogs' handoff triggers without an agent desk: the resident is told the hotline plainly; an emergency gives it with the emergency order.</summary>
public sealed class HandoffTriggerTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_burst_pipe_gets_the_safety_advice_first_then_the_hotline_even_inside_a_form()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("我要报修").AssertReply("请问是什么问题？").IgnoreReplies()
            .Send("暖气管爆了，水漫到客厅了")
            .AssertReply("【安全提示】家里大量漏水时")
            .AssertReply("已为您登记紧急抢修工单")
            .IgnoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task A_gas_smell_gets_the_gas_safety_advice()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("楼道里有很重的煤气味")
            .AssertReply("【安全提示】闻到燃气味时")
            .AssertReply("我们已登记紧急事件")
            .IgnoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task A_complaint_is_registered_as_an_order_and_then_handed_to_people()
    {
        await using var host = HeatingHosts.Create(_db.Path, sampleVisit: false);
        await new TestFlow(host)
            .Send("我要投诉你们的维修师傅态度太差了").AssertReply("非常抱歉").AssertReply("您还没有绑定户号").IgnoreReplies()
            .Send("填写其他地址").IgnoreReplies()
            .Send("幸福里小区5号楼3单元201").IgnoreReplies()
            .Send("13800138000").AssertReply("请核对您要提交的投诉信息").IgnoreReplies()
            .Send("确认提交")
            .AssertReply("已为您登记投诉工单，工单号：")
            .AssertReply("目前在线人工客服暂未开通")
            .IgnoreReplies()
            .RunAsync();
    }
}
