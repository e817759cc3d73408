using System.Text;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>
/// The platform's limits of <c>menu/create</c> (research notes §3.6), checked before a menu is published so an
/// operator learns which button to fix instead of an errcode: ≤ 3 buttons of ≤ 5 sub-buttons, names ≤ 16 bytes
/// (top) / 60 bytes (sub), keys ≤ 128 bytes, URLs ≤ 1024 bytes.
/// </summary>
public static class WeChatMenuRules
{
    public const int MaxButtons = 3;
    public const int MaxSubButtons = 5;
    public const int MaxTopNameBytes = 16;
    public const int MaxSubNameBytes = 60;
    public const int MaxKeyBytes = 128;
    public const int MaxUrlBytes = 1024;

    private static readonly HashSet<string> KeyTypes =
        ["click", "scancode_push", "scancode_waitmsg", "pic_sysphoto", "pic_photo_or_album", "pic_weixin", "location_select"];

    private static readonly HashSet<string> OtherTypes = ["view", "media_id", "article_id", "article_view_limited", "miniprogram"];

    /// <summary>Every broken rule, each naming the configuration key to fix; empty when the menu can be published.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<WeChatMenuButton> menu)
    {
        var problems = new List<string>();
        if (menu.Count > MaxButtons)
        {
            problems.Add($"WeChat:Menu has {menu.Count} buttons; WeChat allows at most {MaxButtons}.");
        }

        for (var i = 0; i < menu.Count; i++)
        {
            var button = menu[i];
            var path = $"WeChat:Menu:{i}";
            CheckName(button.Name, MaxTopNameBytes, path, problems);
            if (button.SubButtons.Count == 0)
            {
                CheckAction(button, path, problems);
                continue;
            }

            if (button.SubButtons.Count > MaxSubButtons)
            {
                problems.Add($"{path}:SubButtons has {button.SubButtons.Count} buttons; WeChat allows at most {MaxSubButtons}.");
            }

            for (var j = 0; j < button.SubButtons.Count; j++)
            {
                var sub = button.SubButtons[j];
                var subPath = $"{path}:SubButtons:{j}";
                CheckName(sub.Name, MaxSubNameBytes, subPath, problems);
                if (sub.SubButtons.Count > 0)
                {
                    problems.Add($"{subPath} has sub-buttons; WeChat menus have only two levels.");
                }

                CheckAction(sub, subPath, problems);
            }
        }

        return problems;
    }

    private static void CheckName(string name, int maxBytes, string path, List<string> problems)
    {
        var bytes = Encoding.UTF8.GetByteCount(name);
        if (bytes == 0 || bytes > maxBytes)
        {
            problems.Add($"{path}:Name must be 1–{maxBytes} bytes in UTF-8 (a Chinese character is 3), '{name}' is {bytes}.");
        }
    }

    private static void CheckAction(WeChatMenuButton button, string path, List<string> problems)
    {
        var type = button.Type ?? "click";
        if (KeyTypes.Contains(type))
        {
            if (button.Key is not { Length: > 0 } key || Encoding.UTF8.GetByteCount(key) > MaxKeyBytes)
            {
                problems.Add($"{path}:Key is required for a '{type}' button and must be at most {MaxKeyBytes} bytes.");
            }
        }
        else if (type == "view")
        {
            if (button.Url is not { Length: > 0 } url || Encoding.UTF8.GetByteCount(url) > MaxUrlBytes
                || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                problems.Add($"{path}:Url is required for a 'view' button: an absolute http(s) URL of at most {MaxUrlBytes} bytes.");
            }
        }
        else if (!OtherTypes.Contains(type))
        {
            problems.Add($"{path}:Type '{type}' is not a WeChat menu button type (click, view, scancode_push, …).");
        }
    }
}
