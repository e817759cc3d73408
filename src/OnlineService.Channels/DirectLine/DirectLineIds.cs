using System.Buffers.Text;
using System.Security.Cryptography;

namespace OnlineService.Channels.DirectLine;

/// <summary>The identifiers and dedupe keys of the Direct Line channel.</summary>
public static class DirectLineIds
{
    /// <summary>The <c>channelId</c> of every Direct Line activity, as Azure Bot Service names it.</summary>
    public const string ChannelId = "directline";

    /// <summary>The prefix of user ids the server assigns; Web Chat refuses client-chosen ids with it.</summary>
    public const string UserPrefix = "dl_";

    /// <summary>A new conversation id: 22 random URL-safe characters.</summary>
    public static string NewConversationId() => Random(16);

    public static string NewUserId() => UserPrefix + Random(12);

    /// <summary>The server id of a resident activity, unique within its conversation.</summary>
    public static string NewActivityId(string conversationId) => $"{conversationId}|{Random(12)}";

    /// <summary>The id of the synthetic <c>conversationUpdate</c> that starts a conversation.</summary>
    public static string StartActivityId(string conversationId) => $"{conversationId}|start";

    /// <summary>One start per conversation: a repeated start call never greets twice.</summary>
    public static string StartDedupeKey(string conversationId) => $"directline:{conversationId}:start";

    /// <summary>
    /// A client's retry of one post carries the same <c>clientActivityID</c>, so it maps to the same key;
    /// posts without one are keyed by their server id (never deduplicated).
    /// </summary>
    public static string PostDedupeKey(string conversationId, string? clientActivityId, string serverId) =>
        string.IsNullOrEmpty(clientActivityId)
            ? $"directline:{conversationId}:id:{serverId}"
            : $"directline:{conversationId}:client:{clientActivityId}";

    /// <summary>Ids the clients and the URL paths accept: letters, digits, '-', '_', at most 64 characters.</summary>
    public static bool IsWellFormed(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Random(int bytes) => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(bytes));
}
