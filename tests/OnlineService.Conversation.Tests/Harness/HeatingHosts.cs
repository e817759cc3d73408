using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Conversation.Tests.Dialogs;
using OnlineService.Dialogs;
using OnlineService.Dialogs.Content;
using OnlineService.Dialogs.Main;

namespace OnlineService.Conversation.Tests.Harness;

/// <summary>Hosts running the real MainDialog and content, with the sample visit dialog under 报修.</summary>
public static class HeatingHosts
{
    /// <summary>Sunday 2026-11-22 10:00 in Beijing.</summary>
    public static DateTimeOffset Start { get; } = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

    public static ConversationHost Create(string databasePath, FakeTimeProvider? clock = null) =>
        new(databasePath, clock ?? new FakeTimeProvider(Start), sp => sp.GetRequiredService<MainDialog>(), services =>
        {
            services.AddSingleton(Options.Create(new DialogsOptions { ContentPath = Path.Combine(AppContext.BaseDirectory, "content") }));
            services.AddSingleton<IContentPlaceholders>(new FixedPlaceholders());
            services.AddSingleton<ServiceDialog, VisitDialog>();
            services.AddHeatingDialogs();
        });

    private sealed class FixedPlaceholders : IContentPlaceholders
    {
        public IReadOnlyDictionary<string, string> GetValues() => new Dictionary<string, string>
        {
            ["utilityName"] = "测试热力",
            ["hotline"] = "96069",
            ["hotlineHours"] = "全天",
        };
    }
}
