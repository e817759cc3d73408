using OnlineService.Services.Privacy;

namespace OnlineService.Understanding.Tests.Llm;

public sealed class PersonalDataMaskerTests
{
    [Theory]
    [InlineData("电话13812345678", "电话[手机号]")]
    [InlineData("电话+86 138-1234-5678谢谢", "电话[手机号]谢谢")]
    [InlineData("身份证11010119900307123X", "身份证[身份证号]")]
    [InlineData("老身份证110101900307123", "老身份证[身份证号]")]
    [InlineData("卡号6222 0212 3456 7890 123", "卡号[银行卡号]")]
    [InlineData("座机0431-87654321", "座机[电话]")]
    [InlineData("ｍｙ１３８１２３４５６７８", "ｍｙ[手机号]")]
    public void Masks_sensitive_numbers(string text, string expected) =>
        Assert.Equal(expected, PersonalDataMasker.ForModel(text));

    [Theory]
    [InlineData("室温18℃，2026年11月15日开始供暖")]
    [InlineData("户号20231234，3号楼2单元501")]
    [InlineData("热线96069")]
    [InlineData("12345热线")]
    public void Leaves_ordinary_numbers_alone(string text) =>
        Assert.Equal(text, PersonalDataMasker.ForModel(text));
}
