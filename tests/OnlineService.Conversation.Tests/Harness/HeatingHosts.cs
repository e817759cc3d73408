using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Conversation.Tests.Dialogs;
using OnlineService.Dialogs;
using OnlineService.Dialogs.Content;
using OnlineService.Dialogs.Main;
using OnlineService.Services.Calendar;
using OnlineService.Services.WorkOrders;
using OnlineService.Understanding.Faq;
using OnlineService.Understanding.Intents;

namespace OnlineService.Conversation.Tests.Harness;

/// <summary>Hosts running the real MainDialog and content, with the sample visit dialog under 报修.</summary>
public static class HeatingHosts
{
    /// <summary>Sunday 2026-11-22 10:00 in Beijing.</summary>
    public static DateTimeOffset Start { get; } = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>A host whose resident is <paramref name="userId"/>; a second id is another resident (another OpenID) in their own conversation.</summary>
    /// <remarks>
    /// Work orders run on <paramref name="profile"/> (national by default). With <paramref name="sampleVisit"/> the sample
    /// visit dialog takes the menu's 报修 item; without it the real repair dialog does.
    /// </remarks>
    public static ConversationHost Create(
        string databasePath,
        FakeTimeProvider? clock = null,
        string userId = "resident-1",
        string conversationId = "test-conversation",
        ServiceProfile? profile = null,
        bool sampleVisit = true) =>
        new(databasePath, clock ?? new FakeTimeProvider(Start), sp => sp.GetRequiredService<MainDialog>(), services =>
        {
            services.AddSingleton(Options.Create(new DialogsOptions { ContentPath = Path.Combine(AppContext.BaseDirectory, "content") }));
            var facts = new UtilityFacts { CompanyName = "测试热力", Hotline = "96069", HotlineHours = "全天" };
            services.AddSingleton<IContentPlaceholders>(new FixedPlaceholders(facts));
            services.AddSingleton(Options.Create(new UnderstandingOptions()));
            services.AddSingleton<IntentRecognizer>();
            services.AddLlmServices();
            services.AddSingleton(new FaqKnowledgeBase(Path.Combine(AppContext.BaseDirectory, "content", "faq"), facts));
            services.AddSingleton(new SlaPolicy(profile ?? ServiceProfiles.National, WorkingDayCalendar.China));
            services.AddSingleton<WorkOrderService>();
            services.AddHeatingDialogs();
            if (sampleVisit)
            {
                // After the heating dialogs, so that the sample takes the menu's 报修 item from the real repair dialog.
                services.AddSingleton<ServiceDialog, VisitDialog>();
            }
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
