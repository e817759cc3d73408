using Microsoft.Extensions.Options;
using OnlineService.Dialogs;
using OnlineService.Understanding.Faq;
using OnlineService.Understanding.Intents;
using OnlineService.Understanding.Llm;

namespace Microsoft.Extensions.Hosting;

public static class UnderstandingHostingExtensions
{
    /// <summary>
    /// Intent recognition (offline model) and the FAQ knowledge base rendered with the utility's facts
    /// (section <c>Utility</c>); thresholds from section <c>Understanding</c>. The optional LLM (section <c>Llm</c>,
    /// off by default) adds an intent fallback, grounded FAQ answers and hand-off summaries; see the Understanding README.
    /// </summary>
    public static WebApplicationBuilder AddUnderstanding(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<UnderstandingOptions>().BindConfiguration(UnderstandingOptions.SectionName)
            .Validate(o => o.ClarifyScore is >= 0 and <= 1 && o.ConfidentScore is >= 0 and <= 1 && o.ClarifyScore <= o.ConfidentScore,
                "Understanding:ClarifyScore and Understanding:ConfidentScore must lie in 0..1 with ClarifyScore <= ConfidentScore.")
            .ValidateOnStart();
        services.AddOptions<UtilityFacts>().BindConfiguration(UtilityFacts.SectionName);
        services.AddSingleton<IntentRecognizer>();
        services.AddHostedService<OnlineService.Gateway.Understanding.UnderstandingWarmup>();
        services.AddSingleton(sp => new FaqKnowledgeBase(
            Path.Combine(sp.GetRequiredService<IOptions<DialogsOptions>>().Value.ContentPath, "faq"),
            sp.GetRequiredService<IOptionsMonitor<UtilityFacts>>().CurrentValue));
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.SectionName);
        services.AddLlmServices();
        return builder;
    }
}
