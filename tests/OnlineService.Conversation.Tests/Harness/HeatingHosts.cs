using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Conversation.Tests.Dialogs;
using OnlineService.Dialogs;
using OnlineService.Dialogs.Content;
using OnlineService.Dialogs.Main;
using OnlineService.Understanding.Faq;
using OnlineService.Understanding.Intents;

namespace OnlineService.Conversation.Tests.Harness;

/// <summary>Hosts running the real MainDialog and content, with the sample visit dialog under 报修.</summary>
public static class HeatingHosts
{
    /// <summary>Sunday 2026-11-22 10:00 in Beijing.</summary>
    public static DateTimeOffset Start { get; } = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>A host whose resident is <paramref name="userId"/>; a second id is another resident (another OpenID) in their own conversation.</summary>
    public static ConversationHost Create(
        string databasePath, FakeTimeProvider? clock = null, string userId = "resident-1", string conversationId = "test-conversation") =>
        new(databasePath, clock ?? new FakeTimeProvider(Start), sp => sp.GetRequiredService<MainDialog>(), services =>
        {
            services.AddSingleton(Options.Create(new DialogsOptions { ContentPath = Path.Combine(AppContext.BaseDirectory, "content") }));
            var facts = new UtilityFacts { CompanyName = "测试热力", Hotline = "96069", HotlineHours = "全天" };
            services.AddSingleton<IContentPlaceholders>(new FixedPlaceholders(facts));
            services.AddSingleton(Options.Create(new UnderstandingOptions()));
            services.AddSingleton<IntentRecognizer>();
            services.AddLlmServices();
            services.AddSingleton(new FaqKnowledgeBase(Path.Combine(AppContext.BaseDirectory, "content", "faq"), facts));
            services.AddSingleton<ServiceDialog, VisitDialog>();
            services.AddHeatingDialogs();
        })
        {
            UserId = userId,
            ConversationId = conversationId,
        };

    private sealed class FixedPlaceholders(UtilityFacts facts) : IContentPlaceholders
    {
        public IReadOnlyDictionary<string, string> GetValues() => facts.ToPlaceholders();
    }
}
