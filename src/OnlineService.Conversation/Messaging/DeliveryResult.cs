namespace OnlineService.Conversation.Messaging;

/// <summary>What a channel said about one delivery attempt.</summary>
public sealed record DeliveryResult(DeliveryOutcome Outcome, string? Detail = null, TimeSpan? RetryAfter = null)
{
    public static DeliveryResult Delivered { get; } = new(DeliveryOutcome.Delivered);

    public static DeliveryResult RetryLater(string detail, TimeSpan? retryAfter = null) => new(DeliveryOutcome.RetryLater, detail, retryAfter);

    public static DeliveryResult Rejected(string detail) => new(DeliveryOutcome.Rejected, detail);
}

public enum DeliveryOutcome
{
    Delivered,

    /// <summary>A transient failure (network, rate limit, token refresh): try again with backoff.</summary>
    RetryLater,

    /// <summary>The platform will never accept it (e.g. the user unsubscribed): stop and report.</summary>
    Rejected,
}
