using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OnlineService.Understanding.Intents;

namespace OnlineService.Understanding.Tests;

public sealed class IntentFallbackTests
{
    private const string Vague = "那个啥我想问问";

    [Fact]
    public async Task Low_confidence_asks_the_fallback_and_records_its_name()
    {
        var fallback = new ScriptedFallback(_ => new IntentResult("faq.hotline", 0.9, []));
        var recognizer = Create(fallback, fallbackBelow: 1.01);

        var result = await recognizer.RecognizeAsync(Vague, TestContext.Current.CancellationToken);

        Assert.Equal("faq.hotline", result.Intent);
        Assert.Equal("scripted", result.Source);
        Assert.Equal(1, fallback.Calls);
    }

    [Fact]
    public async Task Confident_offline_result_does_not_call_the_fallback()
    {
        var fallback = new ScriptedFallback(_ => throw new InvalidOperationException("must not be called"));
        var recognizer = Create(fallback, fallbackBelow: 0.0);

        var result = await recognizer.RecognizeAsync("转人工", TestContext.Current.CancellationToken);

        Assert.Equal(IntentIds.HandoffHuman, result.Intent);
        Assert.Equal(0, fallback.Calls);
    }

    [Fact]
    public async Task Failing_or_silent_fallback_keeps_the_offline_result()
    {
        var throwing = new ScriptedFallback(_ => throw new HttpRequestException("endpoint down"));
        var silent = new ScriptedFallback(_ => null);
        var unknownId = new ScriptedFallback(_ => new IntentResult("weather.forecast", 0.99, []));
        var offline = Recognizers.Offline.Recognize(Vague);

        foreach (var fallback in new[] { throwing, silent, unknownId })
        {
            var result = await Create(fallback, fallbackBelow: 1.01).RecognizeAsync(Vague, TestContext.Current.CancellationToken);
            Assert.Equal(offline.Intent, result.Intent);
            Assert.Equal(IntentResult.OfflineSource, result.Source);
            Assert.Equal(1, fallback.Calls);
        }
    }

    [Fact]
    public async Task Cancellation_by_the_caller_propagates()
    {
        using var cancellation = new CancellationTokenSource();
        var fallback = new ScriptedFallback(_ =>
        {
            cancellation.Cancel();
            cancellation.Token.ThrowIfCancellationRequested();
            return null;
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Create(fallback, fallbackBelow: 1.01).RecognizeAsync(Vague, cancellation.Token));
    }

    private static IntentRecognizer Create(IIntentFallback fallback, double fallbackBelow) =>
        new(Options.Create(new UnderstandingOptions { FallbackBelowScore = fallbackBelow }), [fallback], NullLogger<IntentRecognizer>.Instance);

    private sealed class ScriptedFallback(Func<IntentResult, IntentResult?> answer) : IIntentFallback
    {
        public int Calls { get; private set; }

        public string Name => "scripted";

        public Task<IntentResult?> ClassifyAsync(string text, IntentResult offline, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(answer(offline));
        }
    }
}
