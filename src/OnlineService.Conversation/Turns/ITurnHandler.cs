namespace OnlineService.Conversation.Turns;

/// <summary>The bot: handles one turn after the middleware.</summary>
public interface ITurnHandler
{
    Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken = default);
}
