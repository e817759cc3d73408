using OnlineService.Conversation.Messaging;

namespace OnlineService.Gateway.Inbound;

/// <summary>
/// A channel's inbound activity after it was made durable. <see cref="Turn"/> completes when its turn has run;
/// a duplicate (platform retry) gets the original's turn, or a completed one when that already finished.
/// </summary>
public sealed record InboundAcceptance(InboundMessage Message, bool IsDuplicate, Task<TurnOutcome> Turn);
