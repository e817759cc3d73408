using OnlineService.Conversation.Turns;

namespace OnlineService.Dialogs.Handoff;

/// <summary>Hands a conversation to human agents (the resident asked, or the bot cannot help).</summary>
public interface IHumanHandoff
{
    /// <summary>Returns true when a human now holds the conversation, false when the resident was told another way.</summary>
    Task<bool> RequestAsync(ITurnContext turn, HandoffReason reason, CancellationToken cancellationToken = default);
}

public enum HandoffReason
{
    ResidentAsked,
    NotUnderstood,
    Complaint,
    Emergency,
}
