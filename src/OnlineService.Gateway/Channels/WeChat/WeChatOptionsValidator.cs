using Microsoft.Extensions.Options;
using OnlineService.Channels.WeChat;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>Stops the start of an enabled but misconfigured WeChat channel, naming the key to fix.</summary>
internal sealed class WeChatOptionsValidator : IValidateOptions<WeChatOptions>
{
    public ValidateOptionsResult Validate(string? name, WeChatOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        const string S = WeChatOptions.SectionName;
        if (string.IsNullOrWhiteSpace(options.AppId))
        {
            failures.Add($"{S}:AppId is missing: copy the AppID (wx…) from the console's 基本配置.");
        }

        if (string.IsNullOrWhiteSpace(options.AppSecret))
        {
            failures.Add($"{S}:AppSecret is missing: set it from the console's 基本配置 (e.g. in ONLINESERVICE_WeChat__AppSecret).");
        }

        if (options.Token is not { Length: >= 3 and <= 32 } token || !token.All(char.IsAsciiLetterOrDigit))
        {
            failures.Add($"{S}:Token must be the console's 服务器配置 Token: 3–32 letters or digits.");
        }

        if (!string.IsNullOrEmpty(options.EncodingAesKey) && !WeChatMessageCrypto.IsValidEncodingAesKey(options.EncodingAesKey))
        {
            failures.Add($"{S}:EncodingAesKey must be the console's 43-character EncodingAESKey.");
        }

        if (options.RequireEncryption && string.IsNullOrEmpty(options.EncodingAesKey))
        {
            failures.Add($"{S}:EncodingAesKey is required because {S}:RequireEncryption is true.");
        }

        if (options.RequireEncryption && string.IsNullOrEmpty(options.AccountId))
        {
            failures.Add($"{S}:AccountId (the account's original id gh_…) is required in safe mode: pushes addressed to another account must be refused.");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri || options.ApiBaseUrl.Scheme is not ("https" or "http"))
        {
            failures.Add($"{S}:ApiBaseUrl must be an absolute http(s) URL such as https://api.weixin.qq.com/.");
        }

        if (options.PassiveReplyBudget <= TimeSpan.Zero || options.PassiveReplyBudget > TimeSpan.FromSeconds(4.5))
        {
            failures.Add($"{S}:PassiveReplyBudget must be between 0 and 4.5 s: WeChat gives up on a push after 5 s.");
        }

        if (options.DispatchMargin < TimeSpan.Zero)
        {
            failures.Add($"{S}:DispatchMargin must not be negative.");
        }

        if (options.ReplayWindow < TimeSpan.FromMinutes(1))
        {
            failures.Add($"{S}:ReplayWindow must be at least 1 minute: WeChat retries a push for about 15 s with its first timestamp.");
        }

        if (options.MaxBodyBytes < 1024)
        {
            failures.Add($"{S}:MaxBodyBytes must be at least 1024.");
        }

        if (options.TextMaxBytes is < 100 or > 2048)
        {
            failures.Add($"{S}:TextMaxBytes must be between 100 and 2048.");
        }

        foreach (var (kind, template) in options.Templates)
        {
            if (string.IsNullOrWhiteSpace(template.TemplateId))
            {
                failures.Add($"{S}:Templates:{kind}:TemplateId is missing.");
            }
        }

        failures.AddRange(WeChatMenuRules.Check(options.Menu));
        foreach (var (key, command) in options.MenuCommands)
        {
            if (!WeChatMenuCommand.TryParse(command, out _))
            {
                failures.Add($"{S}:MenuCommands:{key} must be 'menu:<main-menu id>' or 'intent:<intent id>', not '{command}'.");
            }
        }

        foreach (var (kind, template) in options.SubscriptionTemplates)
        {
            if (string.IsNullOrWhiteSpace(template.TemplateId))
            {
                failures.Add($"{S}:SubscriptionTemplates:{kind}:TemplateId is missing.");
            }
        }

        if (!options.OAuthAuthorizeUrl.IsAbsoluteUri)
        {
            failures.Add($"{S}:OAuthAuthorizeUrl must be an absolute URL such as https://open.weixin.qq.com/connect/oauth2/authorize.");
        }

        if (options.PublicBaseUrl is { IsAbsoluteUri: false })
        {
            failures.Add($"{S}:PublicBaseUrl must be an absolute URL such as https://heat.example/.");
        }

        if (options.BindCookieSecret is { Length: > 0 and < 32 })
        {
            failures.Add($"{S}:BindCookieSecret must be at least 32 characters (or empty to derive it from the AppSecret).");
        }

        if (options.BindSessionLifetime < TimeSpan.FromMinutes(1) || options.BindSessionLifetime > TimeSpan.FromDays(1))
        {
            failures.Add($"{S}:BindSessionLifetime must be between 1 minute and 1 day.");
        }

        if (options.BindInvitationLifetime < TimeSpan.FromMinutes(1))
        {
            failures.Add($"{S}:BindInvitationLifetime must be at least 1 minute.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
