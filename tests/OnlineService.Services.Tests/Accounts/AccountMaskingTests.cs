using OnlineService.Services.Accounts;

namespace OnlineService.Services.Tests.Accounts;

public sealed class AccountMaskingTests
{
    [Theory]
    [InlineData("2023100188", "2023****88")]
    [InlineData("123456789012", "1234****12")]
    [InlineData("123456", "****56")]
    public void Masks_account_numbers(string number, string masked) => Assert.Equal(masked, AccountMasking.MaskNumber(number));

    [Theory]
    [InlineData("朝阳区望京花园3号楼2单元501", "朝阳区**花园…")]
    [InlineData("海淀区学院路小区12号楼1单元302", "海淀区**小区…")]
    [InlineData("通州区运河苑8号楼3单元601", "通州区**苑…")]
    [InlineData("幸福大街18号", "幸福**…")]
    public void Masks_addresses_down_to_district_and_estate_kind(string address, string masked) =>
        Assert.Equal(masked, AccountMasking.MaskAddress(address));

    [Theory]
    [InlineData("2023100188", "2023100188")]
    [InlineData("2023 1001 88", "2023100188")]
    [InlineData("２０２３-１００１８８", "2023100188")]
    public void Reads_typed_account_numbers(string typed, string expected)
    {
        Assert.True(AccountNumberFormat.TryNormalize(typed, out var number));
        Assert.Equal(expected, number);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567890123")]
    [InlineData("户号2023100188")]
    [InlineData("")]
    public void Refuses_what_is_not_an_account_number(string typed) => Assert.False(AccountNumberFormat.TryNormalize(typed, out _));
}
