using Microsoft.Extensions.Options;
using OnlineService.Conversation.State;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>
/// Tracks each resident's customer-service window in the shared store so replicas agree on what is left.
/// Quotas do not add up: each trigger resets the allowance (the platform's documented rule), but an event never
/// shortens a longer window a message opened.
/// </summary>
public sealed class WeChatServiceWindows(IStateStore store, IOptions<WeChatOptions> options)
{
    private string Key(string openId) => $"wechat:window:{options.Value.AppId}:{openId}";

    public Task<WeChatServiceWindow?> FindAsync(string openId, CancellationToken cancellationToken = default) =>
        WeChatStateDocument.ReadAsync<WeChatServiceWindow>(store, Key(openId), cancellationToken);

    /// <summary>The resident wrote: 48 h and 5 messages from <paramref name="now"/>.</summary>
    public Task OpenForMessageAsync(string openId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        WeChatStateDocument.UpdateAsync<WeChatServiceWindow>(store, Key(openId),
            _ => new WeChatServiceWindow(now + WeChatServiceWindow.MessageWindow, WeChatServiceWindow.MessageQuota), cancellationToken);

    /// <summary>The resident followed, scanned a QR code or clicked a menu button: 1 min and 3 messages, unless more is open.</summary>
    public Task OpenForEventAsync(string openId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        WeChatStateDocument.UpdateAsync<WeChatServiceWindow>(store, Key(openId),
            current => current is not null && current.OpenUntil > now + WeChatServiceWindow.EventWindow && current.Remaining > 0
                ? current
                : new WeChatServiceWindow(now + WeChatServiceWindow.EventWindow, WeChatServiceWindow.EventQuota),
            cancellationToken);

    /// <summary>
    /// Takes one message of the allowance. True when the window is open (or unknown: the platform is then the judge,
    /// e.g. right after this feature was deployed); false when it is known to be closed or used up.
    /// </summary>
    public async Task<bool> TryTakeAsync(string openId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var allowed = true;
        await WeChatStateDocument.UpdateAsync<WeChatServiceWindow>(store, Key(openId), current =>
        {
            allowed = current is null || current.IsOpen(now);
            return current is not null && allowed ? current with { Remaining = current.Remaining - 1 } : current;
        }, cancellationToken);
        return allowed;
    }

    /// <summary>Gives back a message that was taken but not sent (network failure).</summary>
    public Task GiveBackAsync(string openId, CancellationToken cancellationToken = default) =>
        WeChatStateDocument.UpdateAsync<WeChatServiceWindow>(store, Key(openId),
            current => current is null ? null : current with { Remaining = Math.Min(current.Remaining + 1, WeChatServiceWindow.MessageQuota) },
            cancellationToken);

    /// <summary>The platform said the window is closed (45015, 43004, unsubscribe) or used up (45047).</summary>
    public Task CloseAsync(string openId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        WeChatStateDocument.UpdateAsync<WeChatServiceWindow>(store, Key(openId),
            _ => new WeChatServiceWindow(now, 0), cancellationToken);
}
