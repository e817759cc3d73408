using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Tests.Harness;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Conversation.Tests.Conversations;

/// <summary>
/// Runs a <see cref="ConversationCase"/> against the real dialogs, content, understanding and SQLite store on a fake
/// clock, and checks its outcome. Every message must get a reply: dead silence fails any conversation.
/// </summary>
internal static class ConversationRunner
{
    /// <summary>The handoff's words when no agent desk is configured (the bot still gives the hotline).</summary>
    private const string HandoffMarker = "目前在线人工客服暂未开通";

    public static readonly IReadOnlyList<string> AddressAndPhone = ["填写其他地址", "望京花园3号楼2单元501", "13812345678"];

    public static async Task RunAsync(ConversationCase conversation)
    {
        using var db = new TempDatabase();
        var start = conversation.Night ? new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.FromHours(8)) : HeatingHosts.Start;
        await using var host = HeatingHosts.Create(db.Path, new FakeTimeProvider(start), sampleVisit: false);
        var transcript = new List<string>();
        var all = new List<string>();
        IReadOnlyList<string> last = [];
        if (conversation.FollowFirst)
        {
            var replies = Texts(await host.SendAsync(new Activity { Type = ActivityTypes.Event, Name = "wechat.subscribe" }));
            transcript.Add($"> (follow)\n{string.Join("\n", replies.Select(r => "< " + r))}");
            all.AddRange(replies);
        }

        foreach (var text in conversation.Turns)
        {
            var replies = Texts(await host.SendAsync(text == "@follow"
                ? new Activity { Type = ActivityTypes.Event, Name = "wechat.subscribe" }
                : new Activity { Type = ActivityTypes.Message, Text = text }));
            transcript.Add($"> {text}\n{string.Join("\n", replies.Select(r => "< " + r))}");
            Assert.True(replies.Count > 0, $"{conversation.Name}: no reply to \"{text}\".\n{string.Join("\n", transcript)}");
            host.Clock.Advance(TimeSpan.FromSeconds(30));
            all.AddRange(replies);
            last = replies;
        }

        var log = string.Join("\n", transcript);
        foreach (var phrase in conversation.Says)
        {
            Assert.True(all.Exists(r => r.Contains(phrase, StringComparison.Ordinal)), $"{conversation.Name}: expected \"{phrase}\" somewhere.\n{log}");
        }

        foreach (var phrase in conversation.LastSays)
        {
            Assert.True(last.Any(r => r.Contains(phrase, StringComparison.Ordinal)), $"{conversation.Name}: expected \"{phrase}\" in the last replies.\n{log}");
        }

        foreach (var phrase in conversation.NeverSays)
        {
            Assert.False(all.Exists(r => r.Contains(phrase, StringComparison.Ordinal)), $"{conversation.Name}: must not say \"{phrase}\".\n{log}");
        }

        if (conversation.HandedOver is { } handed)
        {
            Assert.True(handed == all.Exists(r => r.Contains(HandoffMarker, StringComparison.Ordinal)),
                $"{conversation.Name}: expected {(handed ? "a" : "no")} handoff.\n{log}");
        }

        var store = host.Services.GetRequiredService<IWorkOrderStore>();
        var orders = await store.ListByResidentAsync($"test:{host.UserId}", TestContext.Current.CancellationToken);
        if (conversation.Order is not { } category)
        {
            Assert.True(orders.Count == 0, $"{conversation.Name}: expected no order but got {string.Join(", ", orders.Select(o => o.Category))}.\n{log}");
            return;
        }

        Assert.True(orders.Count(o => o.Category == category) == 1,
            $"{conversation.Name}: expected one {category} order but got [{string.Join(", ", orders.Select(o => o.Category))}].\n{log}");
        var order = orders.Single(o => o.Category == category);
        Assert.True(orders.Count == 1 || category == WorkOrderCategory.Complaint, $"{conversation.Name}: expected one order.\n{log}");
        if (conversation.Phone is { } phone)
        {
            Assert.Equal(phone, order.Ledger.Phone);
        }

        if (conversation.Address is { } address)
        {
            Assert.Equal(address, order.Ledger.Address);
        }

        if (conversation.Content is { } content)
        {
            Assert.Equal(content, order.Content);
        }

        if (conversation.VisitStart is { } visit)
        {
            Assert.Equal(visit, order.VisitWindowStart?.ToOffset(TimeSpan.FromHours(8)).ToString("M-d HH:mm", CultureInfo.InvariantCulture));
        }
    }

    private static List<string> Texts(IReadOnlyList<Activity> activities) =>
        [.. activities.Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text ?? "")];
}
