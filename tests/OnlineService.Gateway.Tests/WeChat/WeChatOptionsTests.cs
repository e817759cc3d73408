using Microsoft.Extensions.Options;
using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Gateway.Tests.WeChat.Simulator;

namespace OnlineService.Gateway.Tests.WeChat;

/// <summary>An enabled but misconfigured channel stops the start and names the key to fix.</summary>
public sealed class WeChatOptionsTests : WeChatGatewayTest
{
    [Theory]
    [InlineData("WeChat:AppSecret", "")]
    [InlineData("WeChat:Token", "ab")]
    [InlineData("WeChat:EncodingAesKey", "tooShort")]
    [InlineData("WeChat:PassiveReplyBudget", "00:00:06")]
    [InlineData("WeChat:ReplayWindow", "00:00:10")]
    [InlineData("WeChat:Templates:bill:Url", "https://heat.example/bill")]
    [InlineData("WeChat:MenuCommands:BILL", "billing")]
    [InlineData("WeChat:Menu:0:Name", "供暖缴费和账单查询")]
    [InlineData("WeChat:BindCookieSecret", "too-short")]
    [InlineData("WeChat:OAuthAuthorizeUrl", "/connect/oauth2/authorize")]
    [InlineData("WeChat:AccountId", "")]
    public async Task A_bad_setting_stops_the_start_naming_its_key(string key, string value)
    {
        var error = await GatewayFactory.StartFailureAsync(() =>
            WeChatTestGateway.Create(Data.Path, Platform, WeChatMode.Safe, new TurnRecorder(TimeSpan.Zero)).WithSetting(key, value));
        var expected = key.StartsWith("WeChat:Templates", StringComparison.Ordinal) ? "WeChat:Templates:bill:TemplateId" : key;
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
        Assert.NotNull(FindValidationError(error));
    }

    private static OptionsValidationException? FindValidationError(Exception? error) =>
        error switch
        {
            null => null,
            OptionsValidationException found => found,
            AggregateException aggregate => aggregate.InnerExceptions.Select(FindValidationError).FirstOrDefault(e => e is not null),
            _ => FindValidationError(error.InnerException),
        };
}
