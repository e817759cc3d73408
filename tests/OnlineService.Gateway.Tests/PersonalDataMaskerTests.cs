using OnlineService.Services.Privacy;

namespace OnlineService.Gateway.Tests;

public sealed class PersonalDataMaskerTests
{
    [Theory]
    [InlineData("我的电话是13800138000请回电", "我的电话是138****8000请回电")]
    [InlineData("身份证110105199003071234", "身份证1101**********1234")]
    [InlineData("身份证11010519900307123X。", "身份证1101**********123X。")]
    [InlineData("座机010-62345678", "座机010-****5678")]
    [InlineData("姓名：张三，地址：朝阳区幸福里3号楼", "姓名：张*，地址：朝******")]
    [InlineData("工单号 2026112200001 已受理", "工单号 2026112200001 已受理")]
    [InlineData("", "")]
    public void Personal_data_is_masked_and_other_numbers_are_kept(string input, string expected) =>
        Assert.Equal(expected, PersonalDataMasker.ForLog(input));

    /// <summary>Issue 16, "the log masker misses +86…, dashed, spaced and full-width phone numbers and unlabelled names and addresses".</summary>
    [Theory]
    [InlineData("回电+86 138 1234 5678", "回电138****5678")]
    [InlineData("回电+8613812345678", "回电138****5678")]
    [InlineData("电话138-1234-5678", "电话138****5678")]
    [InlineData("电话138 1234 5678。", "电话138****5678。")]
    [InlineData("电话１３８１２３４５６７８", "电话138****5678")]
    [InlineData("座机010 62345678", "座机010 ****5678")]
    [InlineData("我叫王建国，报修", "我叫王**，报修")]
    [InlineData("请张先生回电", "请*先生回电")]
    [InlineData("幸福小区3号楼2单元501漏水", "幸******漏水")]
    [InlineData("就在和平路25号院", "就******")]
    public void The_log_masker_catches_phones_names_and_addresses_as_residents_write_them(string input, string expected) =>
        Assert.Equal(expected, PersonalDataMasker.ForLog(input));

    [Fact]
    public void Name_like_properties_are_masked_whole()
    {
        Assert.Equal("李**", PersonalDataMasker.MaskProperty("ResidentName", "李小明"));
        Assert.Equal("http://127.0.0.1:5080", PersonalDataMasker.MaskProperty("address", "http://127.0.0.1:5080"));
        Assert.Equal("139****5678", PersonalDataMasker.MaskProperty("Text", "13912345678"));
    }
}
