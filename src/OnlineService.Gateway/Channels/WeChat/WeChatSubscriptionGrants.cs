namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>
/// One resident's subscription-notification opt-ins: per template id, how many sends the resident's accepts still
/// allow (a one-time subscription allows one send per accept).
/// </summary>
public sealed record WeChatSubscriptionGrants(Dictionary<string, int> Templates)
{
    public int Remaining(string templateId) => Templates.GetValueOrDefault(templateId);
}
