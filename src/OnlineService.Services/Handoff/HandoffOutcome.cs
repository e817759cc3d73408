namespace OnlineService.Services.Handoff;

/// <summary>The answer to a handoff request.</summary>
/// <param name="Kind">How it ended.</param>
/// <param name="Ticket">The ticket, when one is open.</param>
/// <param name="Queue">The queue position while waiting.</param>
/// <param name="AgentName">The agent's display name when assigned.</param>
public sealed record HandoffOutcome(HandoffOutcomeKind Kind, HandoffTicket? Ticket = null, QueuePosition? Queue = null, string? AgentName = null)
{
    /// <summary>Whether people hold the conversation now (the bot stops answering it).</summary>
    public bool IsHeld => Kind is HandoffOutcomeKind.Assigned or HandoffOutcomeKind.Queued;
}
