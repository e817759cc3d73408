namespace OnlineService.Services.Handoff;

/// <summary>The bot asks people to take a conversation over.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="ChannelId">Its channel.</param>
/// <param name="ResidentId">The resident's user id on the channel.</param>
/// <param name="BotId">The bot's account on the channel.</param>
/// <param name="MessageId">The resident message that led to it; makes the request idempotent for a re-run turn.</param>
/// <param name="Intent">The recognised intent, if any.</param>
/// <param name="Trigger">Why.</param>
public sealed record HandoffRequest(
    string ConversationId, string ChannelId, string ResidentId, string? BotId, string MessageId, string? Intent, HandoffTrigger Trigger);
