using Microsoft.Extensions.Logging.Abstractions;
using OnlineService.Understanding.Faq;
using OnlineService.Understanding.Llm;

namespace OnlineService.Understanding.Tests.Llm;

/// <summary>The LLM services wired to a <see cref="FakeOpenAiServer"/>, as the host would wire them.</summary>
internal sealed class LlmFixture : IDisposable
{
    private static readonly Lazy<FaqKnowledgeBase> SharedFaq = new(() => new FaqKnowledgeBase(RepoPaths.FaqDirectory, new UtilityFacts()));

    public LlmFixture(FakeOpenAiServer server, TimeProvider? timeProvider = null, Action<LlmOptions>? configure = null)
    {
        Options = new LlmOptions { Enabled = true, Endpoint = server.Endpoint, ApiKey = "sk-test", Model = "qwen-test" };
        configure?.Invoke(Options);
        Client = new LlmClient(Options, timeProvider ?? TimeProvider.System, NullLoggerFactory.Instance);
        Fallback = new LlmIntentFallback(Client, Options, NullLogger<LlmIntentFallback>.Instance);
        Composer = new GroundedAnswerComposer(Client, Faq, Options, NullLogger<GroundedAnswerComposer>.Instance);
        Summarizer = new ConversationSummarizer(Client, NullLogger<ConversationSummarizer>.Instance);
    }

    public static FaqKnowledgeBase Faq => SharedFaq.Value;

    public LlmOptions Options { get; }

    public LlmClient Client { get; }

    public LlmIntentFallback Fallback { get; }

    public GroundedAnswerComposer Composer { get; }

    public ConversationSummarizer Summarizer { get; }

    public void Dispose() => Client.Dispose();
}
