using System.Text;
using OnlineService.Channels.WeChat;

namespace OnlineService.Channels.Tests.WeChat;

public sealed class WeChatTextSplitterTests
{
    [Fact]
    public void Short_text_stays_whole()
    {
        Assert.Equal(["您好，请问有什么可以帮您？"], WeChatTextSplitter.Split("  您好，请问有什么可以帮您？\n", 2048));
    }

    [Fact]
    public void Limit_counts_utf8_bytes_not_characters()
    {
        // 700 Chinese characters are 2100 bytes: over 2048 although far below 2048 characters.
        var text = string.Concat(Enumerable.Repeat("供热服务中心提醒您。", 70));
        var chunks = WeChatTextSplitter.Split(text, 2048);

        Assert.Equal(2, chunks.Count);
        Assert.All(chunks, c => Assert.True(Encoding.UTF8.GetByteCount(c) <= 2048));
        Assert.Equal(text, string.Concat(chunks));
    }

    [Fact]
    public void Cuts_after_a_sentence_end_when_there_is_no_line_break()
    {
        var text = string.Concat(Enumerable.Repeat("室温不达标可申请检测。", 30));
        var chunks = WeChatTextSplitter.Split(text, 300);
        Assert.All(chunks, c => Assert.EndsWith("。", c, StringComparison.Ordinal));
        Assert.Equal(text, string.Concat(chunks));
    }

    [Fact]
    public void Prefers_paragraphs_over_sentences()
    {
        var first = string.Concat(Enumerable.Repeat("第一段内容。", 15));
        var second = string.Concat(Enumerable.Repeat("第二段内容。", 15));
        var chunks = WeChatTextSplitter.Split(first + "\n\n" + second, 400);
        Assert.Equal([first, second], chunks);
    }

    [Fact]
    public void Never_splits_an_emoji_or_a_link()
    {
        var link = "<a href=\"https://heat.example.com/bill?id=1234567890\">查看账单</a>";
        var text = new string('好', 20) + link + string.Concat(Enumerable.Repeat("😀", 30));
        var chunks = WeChatTextSplitter.Split(text, 100);

        Assert.All(chunks, c => Assert.True(Encoding.UTF8.GetByteCount(c) <= 100));
        Assert.Contains(chunks, c => c.Contains(link, StringComparison.Ordinal));
        Assert.All(chunks, c => Assert.False(char.IsHighSurrogate(c[^1]) || char.IsLowSurrogate(c[0])));
        Assert.Equal(text, string.Concat(chunks));
    }

    [Fact]
    public void Hard_cut_when_no_boundary_exists()
    {
        var text = new string('x', 5000);
        var chunks = WeChatTextSplitter.Split(text, 2048);
        Assert.Equal([2048, 2048, 904], chunks.Select(c => c.Length));
    }

    [Fact]
    public void Empty_text_has_no_chunks()
    {
        Assert.Empty(WeChatTextSplitter.Split(" \n ", 2048));
    }
}
