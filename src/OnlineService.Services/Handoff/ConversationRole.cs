namespace OnlineService.Services.Handoff;

/// <summary>Who wrote a line of a conversation.</summary>
public enum ConversationRole
{
    Resident,
    Bot,
    Agent,
}
