using OnlineService.Conversation.Tests.Harness;

namespace OnlineService.Conversation.Tests.Handoff;

/// <summary>The dialogs' handoff triggers without an agent desk: the resident is told the hotline plainly.</summary>
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
            .AssertReply("目前在线人工客服暂未开通")
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
            .AssertReply("目前在线人工客服暂未开通")
            .IgnoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task A_complaint_is_handed_to_people_rather_than_called_not_online()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("我要投诉你们的维修师傅态度太差了")
            .AssertReply("目前在线人工客服暂未开通")
            .IgnoreReplies()
            .RunAsync();
    }
}
