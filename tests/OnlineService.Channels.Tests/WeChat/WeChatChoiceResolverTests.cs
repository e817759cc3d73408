using OnlineService.Channels.WeChat;

namespace OnlineService.Channels.Tests.WeChat;

public sealed class WeChatChoiceResolverTests
{
    private static readonly WeChatNumberedChoice[] Choices =
    [
        new(1, "查询账单", "bill"),
        new(2, "报修", "repair"),
    ];

    [Theory]
    [InlineData("1", "bill")]
    [InlineData(" 2 ", "repair")]
    [InlineData("２", "repair")]
    [InlineData("3", null)]
    [InlineData("0", null)]
    [InlineData("一", null)]
    [InlineData("报修", null)]
    [InlineData("-1", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Resolves_only_the_number_of_an_offered_choice(string? text, string? expected)
    {
        Assert.Equal(expected, WeChatChoiceResolver.Resolve(text, Choices));
    }
}
