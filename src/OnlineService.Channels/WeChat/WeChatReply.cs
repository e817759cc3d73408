namespace OnlineService.Channels.WeChat;

/// <summary>
/// The bot's answer to one push, ready for both delivery paths. When the turn finishes inside the 5-second budget
/// answer with <see cref="PassiveBody"/> (encrypt it in safe mode) and send <see cref="FollowUps"/> through the
/// customer-service API; when it runs late, answer <c>success</c> and send <see cref="AllAsCustomerService"/>.
/// </summary>
public sealed record WeChatReply
{
    /// <summary>The rendered messages, in order, texts already split to the limits.</summary>
    public required IReadOnlyList<WeChatOutboundMessage> Messages { get; init; }

    /// <summary>The first message as passive-reply XML; null when the turn produced nothing to send.</summary>
    public string? PassiveReplyXml { get; init; }

    /// <summary>Customer-service payloads of the messages after the first (WeChat allows one passive message).</summary>
    public required IReadOnlyList<string> FollowUps { get; init; }

    /// <summary>Customer-service payloads of every message, for a turn that missed the passive window.</summary>
    public required IReadOnlyList<string> AllAsCustomerService { get; init; }

    /// <summary>The numbered choices offered in this turn; store them to resolve a numeric answer next turn.</summary>
    public required IReadOnlyList<WeChatNumberedChoice> Choices { get; init; }

    /// <summary>The HTTP body before safe-mode encryption: the passive XML, or <c>success</c>.</summary>
    public string PassiveBody => PassiveReplyXml ?? WeChatPassiveReply.Success;
}
