namespace OnlineService.Conversation.Activities;

/// <summary>
/// What it takes to write to a conversation later, without a resident message to answer:
/// milestone notifications, auto-replies and agent replies are all proactive.
/// </summary>
public sealed record ConversationReference(
    string ChannelId,
    string ConversationId,
    ChannelAccount User,
    ChannelAccount? Bot,
    string? ServiceUrl,
    string? Locale)
{
    /// <summary>Creates a bot message addressed to this conversation.</summary>
    public Activity CreateMessage(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount(ConversationId),
        From = Bot,
        Recipient = User,
        Locale = Locale,
        Text = text,
        TextFormat = text is null ? null : TextFormats.Plain,
    };
}
