using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OnlineService.Understanding.Intents;
using OnlineService.Understanding.Llm;

namespace OnlineService.Understanding.Tests.Llm;

public sealed class LlmServiceRegistrationTests
{
    [Fact]
    public async Task Disabled_llm_registers_services_that_answer_unavailable_at_once()
    {
        await using var provider = Build(new LlmOptions());
        var token = TestContext.Current.CancellationToken;

        var composer = provider.GetRequiredService<GroundedAnswerComposer>();
        var summarizer = provider.GetRequiredService<ConversationSummarizer>();

        Assert.False(composer.IsAvailable);
        Assert.Equal(GroundedAnswerOutcome.Unavailable, (await composer.ComposeAsync("客服电话多少", token)).Outcome);
        Assert.Null(await summarizer.SummarizeAsync([new TranscriptLine(TranscriptRole.Resident, "漏水了")], token));
        Assert.IsType<LlmIntentFallback>(Assert.Single(provider.GetServices<IIntentFallback>()));
    }

    [Fact]
    public async Task Enabled_llm_reaches_the_endpoint_through_the_recognizer()
    {
        await using var server = new FakeOpenAiServer(ScriptedReply.Text("""{"intent":"faq.outlets"}"""));
        await using var provider = Build(new LlmOptions { Enabled = true, Endpoint = server.Endpoint, Model = "m" }, new UnderstandingOptions { FallbackBelowScore = 1.01 });

        var result = await provider.GetRequiredService<IntentRecognizer>().RecognizeAsync("那个啥我想问问", TestContext.Current.CancellationToken);

        Assert.Equal("faq.outlets", result.Intent);
        Assert.Equal("llm", result.Source);
        Assert.Equal("Bearer not-needed", Assert.Single(server.Requests).Authorization);
    }

    [Fact]
    public async Task Invalid_enabled_options_fail_validation_with_the_reason()
    {
        await using var provider = Build(new LlmOptions { Enabled = true, Model = "m" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LlmOptions>>().Value);

        Assert.Contains("Llm:Endpoint", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(LlmOptions llm, UnderstandingOptions? understanding = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(LlmFixture.Faq);
        services.AddOptions<LlmOptions>().Configure(o =>
        {
            o.Enabled = llm.Enabled;
            o.Endpoint = llm.Endpoint;
            o.Model = llm.Model;
        });
        services.AddSingleton(Options.Create(understanding ?? new UnderstandingOptions()));
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IntentRecognizer>();
        services.AddLlmServices();
        services.AddLlmServices();
        return services.BuildServiceProvider(validateScopes: true);
    }
}
