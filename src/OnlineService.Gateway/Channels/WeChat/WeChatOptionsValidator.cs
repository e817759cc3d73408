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

        if (options.Menu.Count > 3 || options.Menu.Any(b => b.SubButtons.Count > 5))
        {
            failures.Add($"{S}:Menu allows at most 3 buttons with at most 5 sub-buttons each.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
