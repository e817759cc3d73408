using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OnlineService.Understanding.Faq;
using OnlineService.Understanding.Intents;
using OnlineService.Understanding.Llm;

namespace Microsoft.Extensions.DependencyInjection;

public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// The optional LLM features: <see cref="LlmIntentFallback"/> (also as an <see cref="IIntentFallback"/>),
    /// <see cref="GroundedAnswerComposer"/> (needs a registered <see cref="FaqKnowledgeBase"/>) and
    /// <see cref="ConversationSummarizer"/>, all sharing one endpoint client with its timeout and circuit breaker.
    /// They are registered even when <see cref="LlmOptions.Enabled"/> is false and then answer "unavailable"
    /// at once, so callers need no second code path. Bind <see cref="LlmOptions"/> (section <c>Llm</c>) yourself;
    /// the options are validated at start.
    /// </summary>
    public static IServiceCollection AddLlmServices(this IServiceCollection services)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(LlmClient)))
        {
            return services;
        }

        services.AddOptions<LlmOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        services.AddSingleton(sp => new LlmClient(
            sp.GetRequiredService<IOptions<LlmOptions>>().Value,
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            LoggerFactory(sp)));
        services.AddSingleton(sp => new LlmIntentFallback(
            sp.GetRequiredService<LlmClient>(),
            sp.GetRequiredService<IOptions<LlmOptions>>().Value,
            LoggerFactory(sp).CreateLogger<LlmIntentFallback>()));
        services.AddSingleton<IIntentFallback>(sp => sp.GetRequiredService<LlmIntentFallback>());
        services.AddSingleton(sp => new GroundedAnswerComposer(
            sp.GetRequiredService<LlmClient>(),
            sp.GetRequiredService<FaqKnowledgeBase>(),
            sp.GetRequiredService<IOptions<LlmOptions>>().Value,
            LoggerFactory(sp).CreateLogger<GroundedAnswerComposer>()));
        services.AddSingleton(sp => new ConversationSummarizer(
            sp.GetRequiredService<LlmClient>(),
            LoggerFactory(sp).CreateLogger<ConversationSummarizer>()));
        return services;
    }

    private static ILoggerFactory LoggerFactory(IServiceProvider services) =>
        services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
}
