using Microsoft.Extensions.Options;
using OnlineService.Channels.WeChat;
using OnlineService.Conversation.State;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>
/// Records the subscription-notification events per resident and template, so the sender knows when a
/// <c>subscribe/bizsend</c> is allowed: each <c>accept</c> in the popup grants one send; a <c>reject</c> (popup or
/// later in the settings) or a delivery refused with 43101 removes what was granted. Kept in the shared store under
/// <c>wechat:subscriptions:{appId}:{openId}</c>.
/// </summary>
public sealed class WeChatSubscriptions(IStateStore store, IOptions<WeChatOptions> options)
{
    /// <summary>Accepts are counted up to this many sends, a guard against a runaway client.</summary>
    public const int MaxGrantsPerTemplate = 50;

    public const string Accept = "accept";
    public const string Reject = "reject";

    private static readonly string RefusedCode = WeChatErrorCodes.SubscriptionRefused.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Applies a <c>subscribe_msg_popup_event</c>, <c>subscribe_msg_change_event</c> or <c>subscribe_msg_sent_event</c>.</summary>
    public Task RecordAsync(string openId, string eventName, IReadOnlyList<WeChatSubscriptionNotice> notices, CancellationToken cancellationToken = default) =>
        UpdateAsync(openId, templates =>
        {
            foreach (var notice in notices)
            {
                if (notice.TemplateId is not { Length: > 0 } templateId)
                {
                    continue;
                }

                switch (eventName)
                {
                    case WeChatEvents.SubscribeMsgPopup when notice.SubscribeStatus == Accept:
                        templates[templateId] = Math.Min(templates.GetValueOrDefault(templateId) + 1, MaxGrantsPerTemplate);
                        break;
                    case WeChatEvents.SubscribeMsgPopup or WeChatEvents.SubscribeMsgChange when notice.SubscribeStatus == Reject:
                        templates.Remove(templateId);
                        break;
                    case WeChatEvents.SubscribeMsgSent when notice.ErrorCode == RefusedCode:
                        templates.Remove(templateId);
                        break;
                }
            }
        }, cancellationToken);

    /// <summary>What the resident has granted; empty when nothing.</summary>
    public async Task<WeChatSubscriptionGrants> FindAsync(string openId, CancellationToken cancellationToken = default) =>
        await WeChatStateDocument.ReadAsync<WeChatSubscriptionGrants>(store, Key(openId), cancellationToken) ?? new WeChatSubscriptionGrants([]);

    /// <summary>Uses one granted send of <paramref name="templateId"/>; false when none is left.</summary>
    public async Task<bool> TryTakeAsync(string openId, string templateId, CancellationToken cancellationToken = default)
    {
        var taken = false;
        await UpdateAsync(openId, templates =>
        {
            taken = templates.GetValueOrDefault(templateId) > 0;
            if (taken)
            {
                templates[templateId]--;
            }
        }, cancellationToken);
        return taken;
    }

    /// <summary>Gives back a send that was taken but did not reach the platform (network failure, system busy).</summary>
    public Task GiveBackAsync(string openId, string templateId, CancellationToken cancellationToken = default) =>
        UpdateAsync(openId, templates => templates[templateId] = Math.Min(templates.GetValueOrDefault(templateId) + 1, MaxGrantsPerTemplate), cancellationToken);

    /// <summary>The platform said the resident refused the template (43101): nothing is granted any more.</summary>
    public Task RevokeAsync(string openId, string templateId, CancellationToken cancellationToken = default) =>
        UpdateAsync(openId, templates => templates.Remove(templateId), cancellationToken);

    private Task<WeChatSubscriptionGrants?> UpdateAsync(string openId, Action<Dictionary<string, int>> change, CancellationToken cancellationToken) =>
        WeChatStateDocument.UpdateAsync<WeChatSubscriptionGrants>(store, Key(openId), current =>
        {
            var templates = new Dictionary<string, int>(current?.Templates ?? [], StringComparer.Ordinal);
            change(templates);
            foreach (var empty in templates.Where(t => t.Value <= 0).Select(t => t.Key).ToList())
            {
                templates.Remove(empty);
            }

            return templates.Count == 0 ? null : new WeChatSubscriptionGrants(templates);
        }, cancellationToken);

    private string Key(string openId) => $"wechat:subscriptions:{options.Value.AppId}:{openId}";
}
