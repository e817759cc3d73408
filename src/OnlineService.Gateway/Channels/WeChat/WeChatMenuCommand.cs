namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>What a menu click asks for (<see cref="WeChatOptions.MenuCommands"/>): a main-menu item or an intent.</summary>
public sealed record WeChatMenuCommand(string? MenuId, string? IntentId)
{
    public const string MenuPrefix = "menu:";
    public const string IntentPrefix = "intent:";

    /// <summary>Reads <c>menu:&lt;id&gt;</c> or <c>intent:&lt;id&gt;</c>.</summary>
    public static bool TryParse(string text, out WeChatMenuCommand command)
    {
        text = text.Trim();
        command = text.StartsWith(MenuPrefix, StringComparison.Ordinal) && text.Length > MenuPrefix.Length
            ? new WeChatMenuCommand(text[MenuPrefix.Length..], null)
            : text.StartsWith(IntentPrefix, StringComparison.Ordinal) && text.Length > IntentPrefix.Length
                ? new WeChatMenuCommand(null, text[IntentPrefix.Length..])
                : new WeChatMenuCommand(null, null);
        return command.MenuId is not null || command.IntentId is not null;
    }
}
