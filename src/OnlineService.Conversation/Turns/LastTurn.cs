namespace OnlineService.Conversation.Turns;

/// <summary>
/// The inbound message whose turn last changed a conversation's state, and what that turn sent. It is saved with the
/// dialog state in one write, so a turn interrupted after that write is finished from here instead of being run twice.
/// </summary>
public sealed class LastTurn
{
    public string InboundId { get; set; } = "";

    /// <summary>The sent activities, serialised with <see cref="Activities.ActivityJson"/>.</summary>
    public List<string> Replies { get; set; } = [];
}
