using Microsoft.Extensions.Time.Testing;
using OnlineService.Understanding.Llm;

namespace OnlineService.Understanding.Tests.Llm;

public sealed class LlmCircuitBreakerTests
{
    private const string Message = "那个号码咋打来着";

    [Fact]
    public async Task Opens_after_consecutive_failures_skips_the_endpoint_then_half_opens_after_the_cool_down()
    {
        var healthy = false;
        await using var server = new FakeOpenAiServer(_ => healthy ? ScriptedReply.Text("""{"intent":"faq.hotline"}""") : ScriptedReply.Error());
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
        using var llm = new LlmFixture(server, time, o => { o.BreakerFailureThreshold = 3; o.BreakerOpenDuration = TimeSpan.FromSeconds(60); });
        var offline = Recognizers.Offline.Recognize(Message);
        var token = TestContext.Current.CancellationToken;

        for (var i = 0; i < 3; i++)
        {
            Assert.Null(await llm.Fallback.ClassifyAsync(Message, offline, token));
        }

        // One request per failure: the OpenAI SDK's retries are off, so a 500 costs one attempt of the turn's budget.
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(LlmBreakerState.Open, llm.Client.Breaker.State);
        Assert.False(llm.Client.IsAvailable);

        // Open: every feature sharing the endpoint is skipped without a request.
        Assert.Null(await llm.Fallback.ClassifyAsync(Message, offline, token));
        Assert.Equal(GroundedAnswerOutcome.Unavailable, (await llm.Composer.ComposeAsync("客服电话多少", token)).Outcome);
        Assert.Null(await llm.Summarizer.SummarizeAsync([new TranscriptLine(TranscriptRole.Resident, "家里漏水了")], token));
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.Null(await llm.Fallback.ClassifyAsync(Message, offline, token));
        Assert.Equal(3, server.Requests.Count);

        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(LlmBreakerState.HalfOpen, llm.Client.Breaker.State);
        healthy = true;
        var result = await llm.Fallback.ClassifyAsync(Message, offline, token);

        Assert.Equal("faq.hotline", result?.Intent);
        Assert.Equal(4, server.Requests.Count);
        Assert.Equal(LlmBreakerState.Closed, llm.Client.Breaker.State);
    }

    [Fact]
    public async Task A_failed_trial_opens_the_breaker_for_another_cool_down()
    {
        await using var server = new FakeOpenAiServer(ScriptedReply.Error(503));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
        using var llm = new LlmFixture(server, time, o => { o.BreakerFailureThreshold = 2; o.BreakerOpenDuration = TimeSpan.FromSeconds(30); });
        var offline = Recognizers.Offline.Recognize(Message);
        var token = TestContext.Current.CancellationToken;

        await llm.Fallback.ClassifyAsync(Message, offline, token);
        await llm.Fallback.ClassifyAsync(Message, offline, token);
        time.Advance(TimeSpan.FromSeconds(31));
        await llm.Fallback.ClassifyAsync(Message, offline, token);

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(LlmBreakerState.Open, llm.Client.Breaker.State);
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(LlmBreakerState.Open, llm.Client.Breaker.State);
    }

    [Fact]
    public async Task Unusable_replies_count_as_failures_and_a_success_resets_the_count()
    {
        var replies = new[] { "胡言乱语", "还是胡言乱语", """{"intent":"faq.hotline"}""", "胡言乱语", "胡言乱语" };
        await using var server = new FakeOpenAiServer([.. replies.Select(ScriptedReply.Text)]);
        using var llm = new LlmFixture(server, new FakeTimeProvider(), o => o.BreakerFailureThreshold = 3);
        var offline = Recognizers.Offline.Recognize(Message);

        foreach (var _ in replies)
        {
            await llm.Fallback.ClassifyAsync(Message, offline, TestContext.Current.CancellationToken);
        }

        Assert.Equal(5, server.Requests.Count);
        Assert.Equal(LlmBreakerState.Closed, llm.Client.Breaker.State);
        await llm.Fallback.ClassifyAsync(Message, offline, TestContext.Current.CancellationToken);
        Assert.Equal(LlmBreakerState.Open, llm.Client.Breaker.State);
    }

    [Fact]
    public void Only_one_trial_call_is_let_through_while_half_open()
    {
        var time = new FakeTimeProvider();
        var breaker = new LlmCircuitBreaker(1, TimeSpan.FromSeconds(10), time);
        breaker.RecordFailure();
        time.Advance(TimeSpan.FromSeconds(10));

        Assert.True(breaker.TryEnter());
        Assert.False(breaker.TryEnter());
        breaker.Abandon();
        Assert.True(breaker.TryEnter());
        breaker.RecordSuccess();
        Assert.True(breaker.TryEnter());
        Assert.True(breaker.TryEnter());
    }
}
