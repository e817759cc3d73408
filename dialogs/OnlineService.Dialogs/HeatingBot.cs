using Microsoft.Extensions.Logging;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Dialogs;
using OnlineService.Conversation.Turns;

namespace OnlineService.Dialogs;

/// <summary>
/// The bot's turn handler: messages and the start of a conversation (a resident joining web chat, following the
/// WeChat account) go to the dialogs; other platform events are recorded but get no answer.
/// </summary>
public sealed class HeatingBot(DialogRunner runner, ILogger<HeatingBot> logger) : ITurnHandler
{
    /// <summary>Events after which the bot greets the resident.</summary>
    private static readonly HashSet<string> GreetingEvents = ["wechat.subscribe", "wechat.scan", "webchat/join"];

    public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken = default)
    {
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
            case ActivityTypes.ConversationUpdate when ResidentJoined(activity):
            case ActivityTypes.Event when activity.Name is { } name && GreetingEvents.Contains(name):
                await runner.RunAsync(turn, cancellationToken);
                break;
            default:
                logger.LogDebug("No dialog turn for {Type} activity {Name}.", activity.Type, activity.Name);
                break;
        }
    }

    private static bool ResidentJoined(Activity activity) =>
        activity.MembersAdded?.Any(member => member.Id != activity.Recipient?.Id) == true;
}
