using OnlineService.Understanding.Llm;

namespace OnlineService.Understanding.Tests.Llm;

public sealed class ConversationSummarizerTests
{
    private static readonly TranscriptLine[] Transcript =
    [
        new(TranscriptRole.Resident, "我家暖气片漏水了，在幸福小区3号楼2单元501"),
        new(TranscriptRole.Bot, "请先关闭暖气片进水阀门。请留一个联系电话。"),
        new(TranscriptRole.Resident, "13812345678，或者打我爱人的 139 8765 4321"),
        new(TranscriptRole.Resident, "户主身份证110101199003071234，座机010-62345678"),
        new(TranscriptRole.Resident, "备用号码１３７００００１１１１"),
        new(TranscriptRole.Resident, "我要找人工"),
    ];

    [Fact]
    public async Task Masks_phone_and_id_numbers_before_they_reach_the_model()
    {
        await using var server = new FakeOpenAiServer(ScriptedReply.Text("居民报告暖气片漏水，已提供地址和联系电话，机器人已提示关阀门，需人工安排上门维修。"));
        using var llm = new LlmFixture(server);

        var summary = await llm.Summarizer.SummarizeAsync(Transcript, TestContext.Current.CancellationToken);

        Assert.Equal("居民报告暖气片漏水，已提供地址和联系电话，机器人已提示关阀门，需人工安排上门维修。", summary);
        var sent = Assert.Single(server.Requests).User;
        foreach (var secret in new[] { "13812345678", "8765", "110101199003071234", "62345678", "１３７", "13700001111" })
        {
            Assert.DoesNotContain(secret, sent, StringComparison.Ordinal);
        }

        Assert.Contains("居民：[手机号]，或者打我爱人的 [手机号]", sent, StringComparison.Ordinal);
        Assert.Contains("[身份证号]", sent, StringComparison.Ordinal);
        Assert.Contains("[电话]", sent, StringComparison.Ordinal);
        Assert.Contains("幸福小区3号楼2单元501", sent, StringComparison.Ordinal);
        Assert.Contains("机器人：请先关闭暖气片进水阀门", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Numbers_the_model_adds_to_the_summary_are_masked_too()
    {
        await using var server = new FakeOpenAiServer(ScriptedReply.Text("居民电话13812345678，需上门维修。"));
        using var llm = new LlmFixture(server);

        var summary = await llm.Summarizer.SummarizeAsync(Transcript, TestContext.Current.CancellationToken);

        Assert.Equal("居民电话[手机号]，需上门维修。", summary);
    }

    [Fact]
    public void Long_transcripts_keep_the_newest_lines()
    {
        var transcript = Enumerable.Range(0, 400).Select(i => new TranscriptLine(TranscriptRole.Resident, $"第{i}条消息，说了很多很多话")).ToList();

        var rendered = ConversationSummarizer.Render(transcript);

        Assert.Contains("第399条", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("第0条", rendered, StringComparison.Ordinal);
        Assert.Contains("更早的记录已省略", rendered, StringComparison.Ordinal);
        Assert.True(rendered.Length < 3200, $"{rendered.Length} characters");
    }

    [Fact]
    public async Task Unavailable_or_empty_gives_null_without_throwing()
    {
        await using var server = new FakeOpenAiServer(ScriptedReply.Error());
        using var llm = new LlmFixture(server);
        using var disabled = new LlmFixture(server, configure: o => o.Enabled = false);
        var token = TestContext.Current.CancellationToken;

        Assert.Null(await llm.Summarizer.SummarizeAsync(Transcript, token));
        Assert.Null(await llm.Summarizer.SummarizeAsync([new TranscriptLine(TranscriptRole.Bot, "您好")], token));
        Assert.Null(await disabled.Summarizer.SummarizeAsync(Transcript, token));
        Assert.Single(server.Requests);
    }
}
