using OnlineService.Channels.WeChat;
using OnlineService.Conversation.State;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>
/// The numbered choices ("回复 2 转人工") last shown to a resident, so that a bare number answers them. Lists a dialog
/// wrote into its own text are not kept here: the dialog reads those numbers itself.
/// </summary>
public sealed class WeChatChoiceMemory(IStateStore store)
{
    private static string Key(string conversationId) => $"wechat:choices:{conversationId}";

    public async Task RememberAsync(string conversationId, IReadOnlyList<WeChatNumberedChoice> choices, CancellationToken cancellationToken = default)
    {
        if (choices.Count > 0)
        {
            await WeChatStateDocument.UpdateAsync<List<WeChatNumberedChoice>>(store, Key(conversationId), _ => [.. choices], cancellationToken);
        }
    }

    /// <summary>The value of the choice <paramref name="text"/> names, or null; the memory is not changed.</summary>
    public async Task<string?> ResolveAsync(string conversationId, string? text, CancellationToken cancellationToken = default)
    {
        var choices = await WeChatStateDocument.ReadAsync<List<WeChatNumberedChoice>>(store, Key(conversationId), cancellationToken);
        return choices is null ? null : WeChatChoiceResolver.Resolve(text, choices);
    }

    /// <summary>The resident answered: the numbers shown before mean nothing any more.</summary>
    public Task ForgetAsync(string conversationId, CancellationToken cancellationToken = default) =>
        store.DeleteAsync(Key(conversationId), null, cancellationToken);
}
