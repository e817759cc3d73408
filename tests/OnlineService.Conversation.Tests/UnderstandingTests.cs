using OnlineService.Conversation.Tests.Harness;

namespace OnlineService.Conversation.Tests;

/// <summary>Free text routed by understanding: FAQ answers, clarifying questions, honest uncertainty, out of scope.</summary>
public sealed class UnderstandingTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_common_question_is_answered_from_the_FAQ_with_next_steps()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("暖气费多少钱一平米")
            .AssertReply(reply =>
            {
                Assert.Contains("24元", reply.Text, StringComparison.Ordinal);
                Assert.NotEmpty(reply.SuggestedActions!.Actions);
            })
            .Send("客服电话是多少").AssertReply("96069")
            .RunAsync();
    }

    [Fact]
    public async Task A_question_asked_while_filling_a_form_is_answered_and_the_form_goes_on()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("报修").IgnoreReplies()
            .Send("漏水").AssertReply("请简单描述一下情况。")
            .Send("客服电话多少？").AssertReply("96069").AssertReply("我们继续刚才的办理").AssertReply("请简单描述一下情况。")
            .Send("暖气片接口一直滴水").AssertReply("有几个房间有问题？")
            .RunAsync();
    }

    [Fact]
    public async Task A_middling_guess_is_clarified_with_the_top_choices()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("温度")
            .AssertReply(reply =>
            {
                Assert.StartsWith("我不太确定您的意思", reply.Text, StringComparison.Ordinal);
                var buttons = reply.SuggestedActions!.Actions.Select(a => a.Title).ToList();
                Assert.Contains("室温标准是多少", buttons);
                Assert.Equal("都不是", buttons[^1]);
            })
            .Send("室温标准是多少").AssertReply("18℃")
            .RunAsync();
    }

    [Fact]
    public async Task None_of_these_is_answered_honestly_and_offers_a_human()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("温度").IgnoreReplies()
            .Send("都不是").AssertReply("转人工").AssertReply("请问还有什么可以帮您？").IgnoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task Not_understood_twice_in_a_row_asks_for_a_human()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("费用").AssertReply("抱歉，我不太确定您的意思")
            .Send("费用").AssertReply("目前在线人工客服暂未开通").AssertReply("抱歉，我不太确定您的意思")
            .RunAsync();
    }

    [Fact]
    public async Task Something_outside_heating_is_not_answered_as_if_it_were()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("今天天气怎么样").AssertReply("这个问题我帮不上忙").AssertReply("请问您需要办理什么业务？")
            .RunAsync();
    }

    [Fact]
    public async Task A_known_need_whose_service_is_not_online_yet_gets_the_hotline()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("我想开个电子发票").AssertReply("“开具电子发票”暂不能在线办理").AssertReply("电子发票")
            .RunAsync();
    }
}
