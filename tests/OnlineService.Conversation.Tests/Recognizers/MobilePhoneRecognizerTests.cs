using OnlineService.Conversation.Prompts.Recognizers;

namespace OnlineService.Conversation.Tests.Recognizers;

public sealed class MobilePhoneRecognizerTests
{
    [Theory]
    [InlineData("13800138000")]
    [InlineData("我电话是138 0013 8000")]
    [InlineData("138-0013-8000")]
    [InlineData("138.0013.8000")]
    [InlineData("(138) 0013 8000")]
    [InlineData("+86 138 0013 8000")]
    [InlineData("+8613800138000")]
    [InlineData("8613800138000")]
    [InlineData("0086 13800138000")]
    [InlineData("００８６－１３８００１３８０００")]
    [InlineData("１３８００１３８０００")]
    [InlineData("一三八零零一三八零零零")]
    [InlineData("幺三八 零零幺三 八零零零")]
    [InlineData("手机：13800138000，谢谢")]
    [InlineData("电话13800138000\n地址三号楼")]
    [InlineData("3单元 13800138000")]
    [InlineData("1 3 8 0 0 1 3 8 0 0 0")]
    public void Reads_mobile_numbers(string text)
    {
        Assert.Equal("13800138000", MobilePhoneRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData("19912345678", "19912345678")]
    [InlineData("13312345678", "13312345678")]
    [InlineData("我的是15912345678，备用17712345678", "15912345678")]
    [InlineData("座机010-12345678，手机186 1234 5678", "18612345678")]
    public void Returns_the_first_valid_number(string text, string expected)
    {
        Assert.Equal(expected, MobilePhoneRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("没有手机")]
    [InlineData("12345678901")]
    [InlineData("10012345678")]
    [InlineData("1380013800")]
    [InlineData("138001380001")]
    [InlineData("110101199003071234")]
    [InlineData("010-12345678")]
    [InlineData("138 0013 800")]
    [InlineData("138001 和 38000")]
    public void Returns_null_without_a_mobile_number(string text)
    {
        Assert.Null(MobilePhoneRecognizer.Recognize(text));
    }
}
