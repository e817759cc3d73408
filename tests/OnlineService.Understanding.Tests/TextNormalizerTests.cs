using OnlineService.Understanding.Text;

namespace OnlineService.Understanding.Tests;

public sealed class TextNormalizerTests
{
    private static readonly TextNormalizer Normalizer = new(Lexicon.LoadEmbedded());

    [Theory]
    [InlineData("暖氣費多少？", "暖气费多少")]
    [InlineData("ＮＵＡＮＱＩ不热！！", "暖气不热")]
    [InlineData("nuan qi 不热", "暖气不热")]
    [InlineData("暖器不热😭", "暖气不热")]
    [InlineData("采暖费、取暖费、供暖费", "暖气费暖气费暖气费")]
    [InlineData("我的用户编号是100234567", "我的户号是#")]
    [InlineData("家里才15度", "家里才0度")]
    [InlineData("我要开invoice", "我要开发票")]
    [InlineData("wifi坏了", "wifi坏了")]
    [InlineData("抱停", "报停")]
    [InlineData("暖气片漏水，散热器也漏", "暖气片漏水暖气片也漏")]
    [InlineData("Radiator NOT warm", "暖气片不热")]
    [InlineData("pay the bill by Alipay", "缴费the账单by支付宝")]
    public void Folds_width_script_typos_synonyms_pinyin_and_numbers(string input, string expected)
    {
        Assert.Equal(expected, Normalizer.Normalize(input));
    }

    [Fact]
    public void Longest_synonym_wins()
    {
        // 采暖费 must become 暖气费, not 暖气 + 费 via the shorter 采暖.
        Assert.Equal("暖气费暖气季", Normalizer.Normalize("采暖费采暖期"));
    }

    [Fact]
    public void Lexicon_rejects_a_variant_listed_under_two_canonical_words()
    {
        const string yaml = "synonyms:\n  暖气: [供暖]\n  暖和: [供暖]\n";

        var error = Assert.Throws<InvalidDataException>(() => Lexicon.Parse(yaml, "test.yaml"));
        Assert.Contains("供暖", error.Message, StringComparison.Ordinal);
    }
}
