using OnlineService.Conversation.State;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>
/// The passive replies given to a resident's latest pushes, so a platform retry of the same push gets the same
/// reply (WeChat discards the first answer when it retries) and two concurrent attempts agree on one answer.
/// One document per conversation holding the last <see cref="Kept"/> answers: retries come within about 15 s,
/// so older answers are never needed and the store does not grow with every push.
/// </summary>
public sealed class WeChatPassiveAnswers(IStateStore store)
{
    public const int Kept = 8;

    private static string Key(string conversationId) => $"wechat:passive:{conversationId}";

    public async Task<WeChatPassiveAnswer?> FindAsync(string conversationId, string inboundId, CancellationToken cancellationToken = default) =>
        (await WeChatStateDocument.ReadAsync<List<WeChatPassiveAnswer>>(store, Key(conversationId), cancellationToken))?
            .FirstOrDefault(a => a.InboundId == inboundId);

    /// <summary>Records <paramref name="answer"/> unless another attempt recorded one first; returns the one that counts.</summary>
    public async Task<WeChatPassiveAnswer> RecordAsync(string conversationId, WeChatPassiveAnswer answer, CancellationToken cancellationToken = default)
    {
        var stored = await WeChatStateDocument.UpdateAsync<List<WeChatPassiveAnswer>>(store, Key(conversationId), current =>
            current?.Any(a => a.InboundId == answer.InboundId) == true
                ? current
                : [.. (current ?? []).Append(answer).TakeLast(Kept)],
            cancellationToken);
        return stored!.First(a => a.InboundId == answer.InboundId);
    }
}
