using OnlineService.Conversation.Activities;

namespace OnlineService.Conversation.Turns;

public static class TurnContextExtensions
{
    /// <summary>Sends a plain text message, optionally with suggested-action buttons.</summary>
    public static Task SendTextAsync(
        this ITurnContext turn, string text, IEnumerable<CardAction>? actions = null, CancellationToken cancellationToken = default)
    {
        var message = new Activity { Text = text, TextFormat = TextFormats.Plain };
        var list = actions?.ToList();
        if (list is { Count: > 0 })
        {
            message.SuggestedActions = new SuggestedActions(list);
        }

        return turn.SendAsync(message, cancellationToken);
    }

    /// <summary>The trimmed text of the incoming message, or an empty string for other activities.</summary>
    public static string IncomingText(this ITurnContext turn) =>
        turn.Activity.IsMessage ? (turn.Activity.Text ?? "").Trim() : "";
}
