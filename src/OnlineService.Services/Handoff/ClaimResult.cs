namespace OnlineService.Services.Handoff;

/// <summary>The answer to a claim, with the ticket as stored after it.</summary>
public sealed record ClaimResult(ClaimOutcome Outcome, HandoffTicket? Ticket);
