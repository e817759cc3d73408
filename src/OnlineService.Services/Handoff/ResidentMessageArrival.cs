namespace OnlineService.Services.Handoff;

/// <summary>A resident's message as the reply guarantee sees it.</summary>
/// <param name="MessageId">The inbound message id; the id of its reply clock.</param>
/// <param name="Address">Where answers go.</param>
/// <param name="ReceivedAt">When the gateway received it: the clock starts here, not when its turn ran.</param>
/// <param name="Text">Its text, if any (kept short as a preview for the missed-messages list).</param>
public sealed record ResidentMessageArrival(string MessageId, ResidentAddress Address, DateTimeOffset ReceivedAt, string? Text);
