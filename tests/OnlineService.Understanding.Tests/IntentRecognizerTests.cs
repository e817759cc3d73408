using System.Diagnostics;
using OnlineService.Understanding.Intents;

namespace OnlineService.Understanding.Tests;

public sealed class IntentRecognizerTests
{
    [Theory]
    [InlineData("暖器不热", IntentIds.RepairNotWarm)]
    [InlineData("屋里冻死了", IntentIds.RepairNotWarm)]
    [InlineData("nuanqi 漏水了 快来", IntentIds.RepairLeak)]
    [InlineData("暖氣漏水了", IntentIds.RepairLeak)]
    [InlineData("ＮＵＡＮＱＩ不热！！", IntentIds.RepairNotWarm)]
    [InlineData("我要抱停", IntentIds.HeatingSuspend)]
    [InlineData("我要开invoice", IntentIds.InvoiceGet)]
    [InlineData("转人工", IntentIds.HandoffHuman)]
    [InlineData("我要跟真人说话", IntentIds.HandoffHuman)]
    [InlineData("客服电话多少", "faq.hotline")]
    [InlineData("用户编号 20231234 帮我绑定", IntentIds.AccountBind)]
    [InlineData("暖气片前面摆个柜子影响暖和吗", "faq.radiator_cover")]
    [InlineData("电暖器都开了，暖气还是不热", IntentIds.RepairNotWarm)]
    [InlineData("热水器旁边的暖气管在漏水", IntentIds.RepairLeak)]
    public void Recognises_typos_colloquialisms_pinyin_and_traditional(string text, string expected)
    {
        var result = Recognizers.Offline.Recognize(text);

        Assert.Equal(expected, result.Intent);
    }

    [Theory]
    [InlineData("你好")]
    [InlineData("今天天气怎么样啊")]
    [InlineData("给我讲个笑话吧")]
    [InlineData("帮我在淘宝买双鞋")]
    [InlineData("qwerty zxcv")]
    [InlineData("🙂🙂")]
    [InlineData("")]
    [InlineData("手机话费余额多少")]
    [InlineData("物业费多少钱一平米")]
    [InlineData("燃气费在哪交")]
    [InlineData("冰箱漏水了怎么办")]
    [InlineData("电暖器不热了")]
    [InlineData("网上买的鞋子怎么退款")]
    public void Out_of_domain_messages_are_none(string text)
    {
        var result = Recognizers.Offline.Recognize(text);

        Assert.Equal(IntentIds.None, result.Intent);
    }

    [Fact]
    public void Held_out_phrasings_reach_ninety_percent_and_no_none_is_answered_as_heating()
    {
        var lines = Corpus.Read(RepoPaths.HeldOut);
        var results = lines.Select(line => (line, result: Recognizers.Offline.Recognize(line.Text))).ToList();

        var accuracy = results.Count(r => r.result.Intent == r.line.Intent) / (double)results.Count;
        var falseAccepts = results.Where(r => r.line.Intent == IntentIds.None && r.result.Intent != IntentIds.None)
            .Select(r => r.line.Text).ToList();

        Assert.True(accuracy >= 0.9, $"held-out accuracy {accuracy:P1} is below 90 %");
        Assert.Empty(falseAccepts);
    }

    [Fact]
    public void Held_out_set_shares_no_line_with_the_training_corpus_or_the_dev_set()
    {
        var heldOut = Corpus.Read(RepoPaths.HeldOut).Select(line => line.Text).ToHashSet(StringComparer.Ordinal);
        var training = Corpus.Training().Select(line => line.Text);
        var dev = File.Exists(RepoPaths.DevSet) ? Corpus.Read(RepoPaths.DevSet).Select(line => line.Text) : [];

        Assert.Empty(heldOut.Intersect(training));
        Assert.Empty(heldOut.Intersect(dev));
    }

    [Fact]
    public void Training_corpus_never_copies_the_dev_set()
    {
        if (!File.Exists(RepoPaths.DevSet))
        {
            Assert.Skip($"shared/intents-dev.tsv not found at {RepoPaths.DevSet}");
        }

        var dev = Corpus.Read(RepoPaths.DevSet).Select(line => line.Text).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(Corpus.Training().Where(line => dev.Contains(line.Text)).Select(line => line.Text));
    }

    [Fact]
    public void Another_trade_without_a_heating_word_is_none_but_keeps_the_heating_guesses()
    {
        var result = Recognizers.Offline.Recognize("物业费的发票怎么开");

        Assert.Equal(IntentIds.None, result.Intent);
        Assert.NotEmpty(result.Alternatives);
        Assert.DoesNotContain(result.Alternatives, alternative => alternative.Intent == IntentIds.None);
    }

    [Fact]
    public void Result_carries_a_probability_and_distinct_alternatives()
    {
        var result = Recognizers.Offline.Recognize("暖气费怎么交");

        Assert.InRange(result.Score, 0, 1);
        Assert.InRange(result.Alternatives.Count, 1, new UnderstandingOptions().MaxAlternatives);
        Assert.DoesNotContain(result.Alternatives, alternative => alternative.Intent == result.Intent);
        Assert.All(result.Alternatives, alternative => Assert.True(alternative.Score <= result.Score));
        Assert.Equal(IntentResult.OfflineSource, result.Source);
    }

    [Fact]
    public void Clear_requests_score_higher_than_vague_ones()
    {
        var clear = Recognizers.Offline.Recognize("我家暖气片漏水了，快派人来修");
        var vague = Recognizers.Offline.Recognize("那个东西怎么弄");

        Assert.Equal(IntentIds.RepairLeak, clear.Intent);
        Assert.True(clear.Score > 0.6, $"clear request scored only {clear.Score}");
        Assert.True(vague.Score < clear.Score);
    }

    [Fact]
    public void Median_latency_is_far_below_five_milliseconds()
    {
        var recognizer = Recognizers.Offline;
        var texts = Corpus.Read(RepoPaths.HeldOut).Select(line => line.Text).ToList();
        texts.ForEach(text => recognizer.Recognize(text));

        var timings = texts.Select(text =>
        {
            var start = Stopwatch.GetTimestamp();
            recognizer.Recognize(text);
            return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }).Order().ToList();

        Assert.True(timings[timings.Count / 2] < 5, $"median {timings[timings.Count / 2]:0.000} ms");
    }
}
