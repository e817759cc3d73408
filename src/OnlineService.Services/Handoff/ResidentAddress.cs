namespace OnlineService.Services.Handoff;

/// <summary>Where a message to a resident goes: the conversation on its channel, the resident, and the bot's account as sender.</summary>
public sealed record ResidentAddress(string ChannelId, string ConversationId, string ResidentId, string? BotId);
