using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.State;

/// <summary>State of one conversation (the dialog stack lives here).</summary>
public sealed class ConversationState(IStateStore store) : BotState(store)
{
    public static string KeyFor(string channelId, string conversationId) => $"{channelId}/conversations/{conversationId}";

    protected override string GetStorageKey(ITurnContext turn) =>
        KeyFor(
            turn.Activity.ChannelId ?? throw new InvalidOperationException("The activity has no channelId."),
            turn.Activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id."));
}
