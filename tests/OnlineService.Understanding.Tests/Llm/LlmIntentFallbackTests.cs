using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OnlineService.Understanding.Intents;
using OnlineService.Understanding.Llm;

namespace OnlineService.Understanding.Tests.Llm;

public sealed class LlmIntentFallbackTests
{
    private const string Vague = "那个号码咋打来着";

    [Fact]
    public async Task Picks_a_catalogue_id_through_the_real_connector_and_sends_the_catalogue()
    {
        await using var server = new FakeOpenAiServer(ScriptedReply.Text("""{"intent":"faq.hotline"}"""));
        using var llm = new LlmFixture(server);
        var offline = Recognizers.Offline.Recognize(Vague);

        var result = await llm.Fallback.ClassifyAsync(Vague, offline, TestContext.Current.CancellationToken);

        Assert.NotNull(result);
        Assert.Equal("faq.hotline", result.Intent);
        Assert.Equal(llm.Options.FallbackIntentScore, result.Score, 3);
        Assert.DoesNotContain(result.Alternatives, a => a.Intent == "faq.hotline");
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer sk-test", request.Authorization);
        Assert.Equal("qwen-test", request.Model);
        Assert.All(IntentIds.All, id => Assert.Contains(id + "：", request.System, StringComparison.Ordinal));
        Assert.Contains(Vague, request.User, StringComparison.Ordinal);
        Assert.Contains("\"temperature\":0", request.Body, StringComparison.Ordinal);
        Assert.Contains("\"max_tokens\":40", request.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("max_completion_tokens", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reply_limit_can_be_sent_as_max_completion_tokens()
    {
        await using var server = new FakeOpenAiServer(ScriptedReply.Text("""{"intent":"faq.hotline"}"""));
        using var llm = new LlmFixture(server, configure: o => o.UseMaxTokensField = false);

        await llm.Fallback.ClassifyAsync(Vague, Recognizers.Offline.Recognize(Vague), TestContext.Current.CancellationToken);

        var body = Assert.Single(server.Requests).Body;
        Assert.Contains("\"max_completion_tokens\":40", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"max_tokens\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recognizer_takes_the_llm_opinion_below_the_threshold()
    {
        await using var server = new FakeOpenAiServer(ScriptedReply.Text("""{"intent":"bill.pay"}"""));
        using var llm = new LlmFixture(server);
        var recognizer = new IntentRecognizer(
            Options.Create(new UnderstandingOptions { FallbackBelowScore = 1.01 }), [llm.Fallback], NullLogger<IntentRecognizer>.Instance);

        var result = await recognizer.RecognizeAsync(Vague, TestContext.Current.CancellationToken);

        Assert.Equal(IntentIds.BillPay, result.Intent);
        Assert.Equal("llm", result.Source);
        Assert.Equal(ConfidenceBand.Confident, new UnderstandingOptions().Judge(result));
    }

    [Theory]
    [InlineData("我觉得应该是热线电话")]
    [InlineData("""{"intent":"weather.forecast"}""")]
    [InlineData("""{"intent":42}""")]
    [InlineData("""["faq.hotline"]""")]
    [InlineData("""{"intent":"faq.hotline" """)]
    [InlineData("""{"label":"faq.hotline"}""")]
    public async Task Garbage_or_unknown_ids_keep_the_offline_result(string reply)
    {
        await using var server = new FakeOpenAiServer(ScriptedReply.Text(reply));
        using var llm = new LlmFixture(server);
        var recognizer = new IntentRecognizer(
            Options.Create(new UnderstandingOptions { FallbackBelowScore = 1.01 }), [llm.Fallback], NullLogger<IntentRecognizer>.Instance);
        var offline = Recognizers.Offline.Recognize(Vague);

        var result = await recognizer.RecognizeAsync(Vague, TestContext.Current.CancellationToken);

        Assert.Equal(offline.Intent, result.Intent);
        Assert.Equal(IntentResult.OfflineSource, result.Source);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData("{\"intent\":\"faq.hotline\"}", "faq.hotline")]
    [InlineData("```json\n{\"intent\": \"none\"}\n```", "none")]
    [InlineData("  {\"intent\":\" repair.leak \"}  ", "repair.leak")]
    [InlineData("意图是 {\"intent\":\"faq.hotline\"}", null)]
    [InlineData("```json\n{\"intent\":\"faq.hotline\"}", null)]
    [InlineData("{\"intent\":\"FAQ.HOTLINE\"}", null)]
    public void Only_strict_json_with_a_known_id_is_accepted(string reply, string? expected) =>
        Assert.Equal(expected, LlmIntentFallback.ParseIntent(reply));

    [Fact]
    public async Task Slow_endpoint_times_out_fast_and_keeps_the_offline_result()
    {
        await using var server = new FakeOpenAiServer(ScriptedReply.Slow("""{"intent":"faq.hotline"}""", TimeSpan.FromSeconds(2)));
        using var llm = new LlmFixture(server, configure: o => o.Timeout = TimeSpan.FromMilliseconds(300));
        var offline = Recognizers.Offline.Recognize(Vague);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = await llm.Fallback.ClassifyAsync(Vague, offline, TestContext.Current.CancellationToken);

        Assert.Null(result);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(1900));
        Assert.Single(server.Requests);
        Assert.Equal(LlmBreakerState.Closed, llm.Client.Breaker.State);
    }

    [Fact]
    public async Task Caller_cancellation_is_honoured_and_not_counted_against_the_endpoint()
    {
        await using var server = new FakeOpenAiServer(ScriptedReply.Slow("""{"intent":"faq.hotline"}""", TimeSpan.FromSeconds(2)));
        using var llm = new LlmFixture(server, configure: o => { o.Timeout = TimeSpan.FromSeconds(3); o.BreakerFailureThreshold = 1; });
        using var turn = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        turn.CancelAfter(TimeSpan.FromMilliseconds(200));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => llm.Fallback.ClassifyAsync(Vague, Recognizers.Offline.Recognize(Vague), turn.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1.9), $"took {clock.Elapsed}");
        Assert.Equal(LlmBreakerState.Closed, llm.Client.Breaker.State);
    }

    [Fact]
    public async Task Disabled_llm_sends_nothing()
    {
        await using var server = new FakeOpenAiServer(ScriptedReply.Text("""{"intent":"faq.hotline"}"""));
        using var llm = new LlmFixture(server, configure: o => o.Enabled = false);

        var result = await llm.Fallback.ClassifyAsync(Vague, Recognizers.Offline.Recognize(Vague), TestContext.Current.CancellationToken);

        Assert.Null(result);
        Assert.Empty(server.Requests);
    }
}
