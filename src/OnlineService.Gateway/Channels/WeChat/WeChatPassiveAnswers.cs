using OnlineService.Conversation.State;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>
/// The passive reply given to each push, so a platform retry of the same push gets the same reply (WeChat discards
/// the first answer when it retries) and two concurrent attempts agree on one answer.
/// </summary>
public sealed class WeChatPassiveAnswers(IStateStore store)
{
    private static string Key(string inboundId) => $"wechat:passive:{inboundId}";

    public async Task<WeChatPassiveAnswer?> FindAsync(string inboundId, CancellationToken cancellationToken = default) =>
        await WeChatStateDocument.ReadAsync<WeChatPassiveAnswer>(store, Key(inboundId), cancellationToken);

    /// <summary>Records <paramref name="answer"/> unless another attempt recorded one first; returns the one that counts.</summary>
    public async Task<WeChatPassiveAnswer> RecordAsync(string inboundId, WeChatPassiveAnswer answer, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.WriteAsync(Key(inboundId), System.Text.Json.JsonSerializer.Serialize(answer), expectedETag: null, cancellationToken);
            return answer;
        }
        catch (StateConflictException)
        {
            return await FindAsync(inboundId, cancellationToken) ?? answer;
        }
    }
}
