using System.Globalization;
using OnlineService.Conversation.Prompts.Recognizers;

namespace OnlineService.Conversation.Tests.Recognizers;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("12", "12", 0, 2)]
    [InlineData("１２", "12", 0, 2)]
    [InlineData("我家有3个人", "3", 3, 1)]
    [InlineData("3个", "3", 0, 1)]
    [InlineData("温度只有18.5度", "18.5", 4, 4)]
    [InlineData("-5", "-5", 0, 2)]
    [InlineData("室外零下温度是-12度", "-12", 7, 3)]
    [InlineData("负三", "-3", 0, 2)]
    [InlineData("零下十五度", "-15", 0, 4)]
    [InlineData("零下5度", "-5", 0, 3)]
    [InlineData("欠费1,234.50元", "1234.50", 2, 8)]
    [InlineData("1,234,567", "1234567", 0, 9)]
    [InlineData("１，２３４", "1", 0, 1)]
    [InlineData("3万", "30000", 0, 2)]
    [InlineData("面积1.5万平米", "15000", 2, 4)]
    [InlineData("5千克", "5", 0, 1)]
    [InlineData("138-0013-8000", "138", 0, 3)]
    [InlineData("面积 120 平米，住 3 楼", "120", 3, 3)]
    public void Reads_arabic_numbers(string text, string expected, int start, int length)
    {
        var match = NumberRecognizer.Recognize(text);

        Assert.Equal(new NumberMatch(decimal.Parse(expected, CultureInfo.InvariantCulture), start, length), match);
    }

    [Theory]
    [InlineData("零", "0")]
    [InlineData("〇", "0")]
    [InlineData("五", "5")]
    [InlineData("十", "10")]
    [InlineData("十五", "15")]
    [InlineData("二十", "20")]
    [InlineData("二十五", "25")]
    [InlineData("一百零五", "105")]
    [InlineData("一百一十", "110")]
    [InlineData("两千三百", "2300")]
    [InlineData("两千三", "2300")]
    [InlineData("三百五", "350")]
    [InlineData("一万五", "15000")]
    [InlineData("一万零五百", "10500")]
    [InlineData("十万", "100000")]
    [InlineData("一千二百万", "12000000")]
    [InlineData("三亿五千万", "350000000")]
    [InlineData("一亿零一", "100000001")]
    [InlineData("三点五", "3.5")]
    [InlineData("零点二五", "0.25")]
    [InlineData("壹佰贰拾叁", "123")]
    [InlineData("叁仟肆佰伍拾陆", "3456")]
    [InlineData("玖拾玖", "99")]
    [InlineData("二零二六", "2026")]
    [InlineData("两", "2")]
    public void Reads_chinese_numerals(string text, string expected)
    {
        var match = NumberRecognizer.Recognize(text);

        Assert.NotNull(match);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), match.Value);
        Assert.Equal(0, match.Start);
        Assert.Equal(text.Length, match.Length);
    }

    [Theory]
    [InlineData("第三", "3", 1, 1)]
    [InlineData("第3个", "3", 1, 1)]
    [InlineData("我住三楼", "3", 2, 1)]
    [InlineData("家里两个暖气片不热", "2", 2, 1)]
    [InlineData("麻烦看一下，是五楼", "5", 7, 1)]
    [InlineData("万一明天还不热，三号楼", "3", 8, 1)]
    [InlineData("千万别停暖，我家六口人", "6", 8, 1)]
    [InlineData("能快一点吗，我们有两个老人", "2", 9, 1)]
    [InlineData("大概一共十二户", "12", 4, 2)]
    [InlineData("十二三户", "12", 0, 2)]
    [InlineData("百分之五十", "50", 3, 2)]
    public void Finds_the_number_in_a_sentence(string text, string expected, int start, int length)
    {
        var match = NumberRecognizer.Recognize(text);

        Assert.Equal(new NumberMatch(decimal.Parse(expected, CultureInfo.InvariantCulture), start, length), match);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("没有")]
    [InlineData("暖气不热")]
    [InlineData("看一下")]
    [InlineData("一起一直一定")]
    [InlineData("万一")]
    [InlineData("快一点")]
    [InlineData("十分感谢")]
    [InlineData("abc")]
    public void Returns_null_without_a_number(string text)
    {
        Assert.Null(NumberRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData(60, "")]
    [InlineData(28, "亿")]
    [InlineData(20, ",999.5万")]
    public void Very_long_numbers_do_not_overflow(int digits, string suffix)
    {
        var match = NumberRecognizer.Recognize(new string('9', digits) + suffix);

        Assert.NotNull(match);
        Assert.True(match.Value > 0);
    }

    [Fact]
    public void Very_long_chinese_digit_runs_do_not_overflow()
    {
        Assert.NotNull(NumberRecognizer.Recognize(string.Concat(Enumerable.Repeat("九", 60))));
    }
}
