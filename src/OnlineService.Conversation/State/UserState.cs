using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.State;

/// <summary>State of one resident on one channel (preferences, remembered answers).</summary>
public sealed class UserState(IStateStore store) : BotState(store)
{
    public static string KeyFor(string channelId, string userId) => $"{channelId}/users/{userId}";

    protected override string GetStorageKey(ITurnContext turn) =>
        KeyFor(
            turn.Activity.ChannelId ?? throw new InvalidOperationException("The activity has no channelId."),
            turn.Activity.From?.Id ?? throw new InvalidOperationException("The activity has no sender."));
}
