using OnlineService.Conversation.Prompts.Recognizers;

namespace OnlineService.Conversation.Tests.Recognizers;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData("十", 10, 1)]
    [InlineData("十一月", 11, 2)]
    [InlineData("二十日", 20, 2)]
    [InlineData("一三八零零一三八零零零", 13800138000, 11)]
    [InlineData("十百", 10, 1)]
    [InlineData("万一", 0, 0)]
    [InlineData("亿", 0, 0)]
    [InlineData("一万二万", 12000, 3)]
    [InlineData("五百零", 500, 3)]
    public void Parses_integers(string text, long expected, int expectedLength)
    {
        var length = ChineseNumerals.ParseInteger(text, 0, out var value);

        Assert.Equal(expectedLength, length);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("三点", 3, 1)]
    [InlineData("三点五", 3.5, 3)]
    [InlineData("一点二五万", 12500, 5)]
    public void Parses_decimals_only_with_a_digit_after_dian(string text, double expected, int expectedLength)
    {
        var length = ChineseNumerals.ParseNumber(text, 0, out var value);

        Assert.Equal(expectedLength, length);
        Assert.Equal((decimal)expected, value);
    }
}
