namespace OnlineService.Services.Handoff;

/// <summary>Port: a conversation's transcript as lines an agent reads.</summary>
public interface IConversationHistory
{
    /// <summary>The latest <paramref name="max"/> lines, oldest first.</summary>
    Task<IReadOnlyList<ConversationLine>> ReadAsync(string conversationId, int max, CancellationToken cancellationToken);
}
