using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OnlineService.Conversation.Tests.Harness;
using OnlineService.Dialogs;
using OnlineService.Dialogs.Content;
using OnlineService.Understanding.Faq;
using OnlineService.Understanding.Intents;

namespace OnlineService.Conversation.Tests.Conversations;

/// <summary>
/// Lint over the content files (issue 11 §5): nothing promises what is not online, every "回复“X”" names a word the bot
/// understands, and FAQ buttons lead to something that exists.
/// </summary>
public sealed partial class ContentLintTests : IDisposable
{
    /// <summary>Phrases that advertise online payment, invoices or suspension, which are not online yet.</summary>
    private static readonly string[] Promises =
        ["网上营业厅", "在线交费", "在线缴费", "可以在线办", "我的发票", "“缴费”菜单", "下载电子发票", "现在交费", "现在开发票", "现在申请报停", "现在办理过户", "查询账单、缴费"];

    private static readonly string ContentFolder = Path.Combine(AppContext.BaseDirectory, "content");

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    public static TheoryData<string> ContentFiles =>
        [.. Directory.GetFiles(ContentFolder, "*.yaml", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(ContentFolder, path))];

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void No_text_promises_a_service_that_is_not_online(string file)
    {
        var text = File.ReadAllText(Path.Combine(ContentFolder, file));
        foreach (var promise in Promises)
        {
            Assert.False(text.Contains(promise, StringComparison.Ordinal), $"{file} promises \"{promise.Trim()}\", which is not online yet.");
        }
    }

    [Fact]
    public async Task Every_reply_word_a_text_names_is_understood()
    {
        await using var host = HeatingHosts.Create(_db.Path, sampleVisit: false);
        var texts = host.Services.GetRequiredService<TextCatalog>().Texts;
        var understood = new HashSet<string>(StringComparer.Ordinal);
        understood.UnionWith(texts.Interruptions.Cancel.Concat(texts.Interruptions.Help).Concat(texts.Interruptions.Restart).Concat(texts.Interruptions.Human));
        understood.UnionWith(texts.Conversation.BackWords.Concat(texts.Conversation.LeaveWords));
        understood.UnionWith(texts.WorkOrders.SkipWords.Concat(texts.WorkOrders.UnknownWords).Concat(texts.WorkOrders.Survey.NoCommentWords));
        understood.UnionWith(texts.Main.Menu.SelectMany(item => item.Synonyms.Append(item.Title)));
        var files = Directory.GetFiles(ContentFolder, "*.yaml", SearchOption.AllDirectories);
        foreach (var file in files)
        {
            foreach (Match match in ReplyWord().Matches(File.ReadAllText(file)))
            {
                var word = match.Groups[1].Value;
                if (!word.Contains("13912345678", StringComparison.Ordinal) && !word.Contains("5678", StringComparison.Ordinal) && !word.Contains("张伟", StringComparison.Ordinal))
                {
                    Assert.True(understood.Contains(word), $"{Path.GetFileName(file)} tells residents to reply \"{word}\", which no dialog understands.");
                }
            }
        }
    }

    [Fact]
    public async Task Every_faq_button_leads_to_a_faq_a_service_or_people()
    {
        await using var host = HeatingHosts.Create(_db.Path, sampleVisit: false);
        var served = host.Services.GetServices<ServiceDialog>().SelectMany(s => s.Intents).ToHashSet(StringComparer.Ordinal);
        var faq = host.Services.GetRequiredService<FaqKnowledgeBase>();
        foreach (var intent in IntentIds.Faq)
        {
            foreach (var next in faq.Find(intent)?.Next ?? [])
            {
                Assert.True(IntentIds.IsFaq(next.Intent) || served.Contains(next.Intent) || next.Intent == IntentIds.HandoffHuman,
                    $"The FAQ {intent} offers \"{next.Label}\" ({next.Intent}), which is not online yet.");
            }
        }
    }

    [GeneratedRegex("回复“([^”]+)”")]
    private static partial Regex ReplyWord();
}
