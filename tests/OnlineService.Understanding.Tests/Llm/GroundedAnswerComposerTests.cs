using OnlineService.Understanding.Llm;

namespace OnlineService.Understanding.Tests.Llm;

public sealed class GroundedAnswerComposerTests
{
    private const string HotlineQuestion = "你们客服电话多少";

    [Fact]
    public async Task Answers_from_the_retrieved_passages_with_their_citations()
    {
        await using var server = new FakeOpenAiServer(ScriptedReply.Text(
            """{"answerable":true,"answer":"您好，服务热线是400-000-9600，全天24小时有人接听。","sources":["hotline"]}"""));
        using var llm = new LlmFixture(server);

        var answer = await llm.Composer.ComposeAsync(HotlineQuestion, TestContext.Current.CancellationToken);

        Assert.True(answer.IsAnswered, answer.Reason);
        Assert.Equal("您好，服务热线是400-000-9600，全天24小时有人接听。", answer.Text);
        Assert.Equal("hotline", Assert.Single(answer.Sources).FaqId);
        Assert.Equal(["DB11/T 598 5.1.4；T/CDHA 10.3.1"], answer.Citations);

        var request = Assert.Single(server.Requests);
        var hotline = LlmFixture.Faq.Find("faq.hotline")!;
        Assert.Contains("编号：hotline", request.User, StringComparison.Ordinal);
        Assert.Contains(hotline.Text.Trim(), request.User, StringComparison.Ordinal);
        Assert.Contains(HotlineQuestion, request.User, StringComparison.Ordinal);
        Assert.Contains("不得编造", request.System, StringComparison.Ordinal);
        Assert.Contains("价格", request.System, StringComparison.Ordinal);
        Assert.Contains("日期", request.System, StringComparison.Ordinal);
        Assert.Contains("{\"answerable\":false}", request.System, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_when_the_model_finds_no_answer_in_the_passages()
    {
        await using var server = new FakeOpenAiServer(ScriptedReply.Text("""{"answerable":false}"""));
        using var llm = new LlmFixture(server);

        var answer = await llm.Composer.ComposeAsync("你们公司老总叫什么名字", TestContext.Current.CancellationToken);

        Assert.Equal(GroundedAnswerOutcome.Refused, answer.Outcome);
        Assert.False(answer.IsAnswered);
        Assert.Null(answer.Text);
        Assert.Empty(answer.Citations);
    }

    [Theory]
    [InlineData("""{"answerable":true,"answer":"您好，住宅暖气费每平方米30元。","sources":["fee-standard"]}""")]
    [InlineData("""{"answerable":true,"answer":"您好，住宅暖气费每平方米24元。","sources":["weather-report"]}""")]
    [InlineData("""{"answerable":true,"answer":"您好，住宅暖气费每平方米24元。"}""")]
    [InlineData("""{"answerable":true,"answer":"","sources":["fee-standard"]}""")]
    public async Task Refuses_answers_that_invent_numbers_or_cite_no_given_passage(string reply)
    {
        await using var server = new FakeOpenAiServer(ScriptedReply.Text(reply));
        using var llm = new LlmFixture(server);
        var passages = LlmFixture.Faq.Search("暖气费一平方米多少钱", 3);
        Assert.Contains(passages, p => p.FaqId == "fee-standard");

        var answer = await llm.Composer.ComposeAsync("暖气费一平方米多少钱", passages, TestContext.Current.CancellationToken);

        Assert.Equal(GroundedAnswerOutcome.Refused, answer.Outcome);
        Assert.Null(answer.Text);
    }

    [Fact]
    public async Task A_price_the_passage_states_is_accepted()
    {
        await using var server = new FakeOpenAiServer(ScriptedReply.Text(
            """{"answerable":true,"answer":"您好，住宅每平方米建筑面积24元（一个供暖季）。","sources":["fee-standard"]}"""));
        using var llm = new LlmFixture(server);

        var answer = await llm.Composer.ComposeAsync("暖气费一平方米多少钱", TestContext.Current.CancellationToken);

        Assert.True(answer.IsAnswered, answer.Reason);
        Assert.NotEmpty(answer.Citations);
    }

    [Fact]
    public async Task No_passages_means_a_refusal_without_asking_the_model()
    {
        await using var server = new FakeOpenAiServer(ScriptedReply.Text("""{"answerable":true,"answer":"随便说说","sources":[]}"""));
        using var llm = new LlmFixture(server);

        var answer = await llm.Composer.ComposeAsync("客服电话", [], TestContext.Current.CancellationToken);

        Assert.Equal(GroundedAnswerOutcome.Refused, answer.Outcome);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("您好，热线是400-000-9600。")]
    [InlineData("""{"answer":"您好"}""")]
    public async Task A_reply_outside_the_json_protocol_leaves_the_offline_path(string reply)
    {
        await using var server = new FakeOpenAiServer(ScriptedReply.Text(reply));
        using var llm = new LlmFixture(server);

        var answer = await llm.Composer.ComposeAsync(HotlineQuestion, TestContext.Current.CancellationToken);

        Assert.Equal(GroundedAnswerOutcome.Unavailable, answer.Outcome);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Timeout_and_server_errors_leave_the_offline_path()
    {
        await using var slow = new FakeOpenAiServer(ScriptedReply.Slow("""{"answerable":false}""", TimeSpan.FromSeconds(2)));
        using var slowLlm = new LlmFixture(slow, configure: o => o.Timeout = TimeSpan.FromMilliseconds(300));
        await using var failing = new FakeOpenAiServer(ScriptedReply.Error());
        using var failingLlm = new LlmFixture(failing);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var timedOut = await slowLlm.Composer.ComposeAsync(HotlineQuestion, TestContext.Current.CancellationToken);
        var failed = await failingLlm.Composer.ComposeAsync(HotlineQuestion, TestContext.Current.CancellationToken);

        Assert.Equal(GroundedAnswerOutcome.Unavailable, timedOut.Outcome);
        Assert.Equal(GroundedAnswerOutcome.Unavailable, failed.Outcome);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1.9), $"took {clock.Elapsed}");
    }
}
