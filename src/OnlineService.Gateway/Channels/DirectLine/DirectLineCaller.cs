namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>
/// Who is calling: a server holding the secret (any conversation, any user) or a client holding a token bound to one
/// conversation and user.
/// </summary>
public sealed record DirectLineCaller(bool IsServer, string? ConversationId, string? UserId)
{
    public static DirectLineCaller Server { get; } = new(IsServer: true, null, null);

    public bool MayAccess(string conversationId) => IsServer || string.Equals(ConversationId, conversationId, StringComparison.Ordinal);
}
