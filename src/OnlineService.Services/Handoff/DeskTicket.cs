namespace OnlineService.Services.Handoff;

/// <summary>A ticket as listed in the console: with its queue position and the state of its reply clocks.</summary>
/// <param name="Ticket">The ticket.</param>
/// <param name="Queue">Its place in the queue while waiting, else null.</param>
/// <param name="OldestUnanswered">The resident's oldest message no agent has answered yet, else null.</param>
/// <param name="UnansweredCount">Messages no agent has answered yet.</param>
public sealed record DeskTicket(HandoffTicket Ticket, QueuePosition? Queue, ReplyClock? OldestUnanswered, int UnansweredCount);
