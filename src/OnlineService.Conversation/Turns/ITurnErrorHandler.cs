namespace OnlineService.Conversation.Turns;

/// <summary>What the resident hears when the bot itself fails, so that no message goes unanswered.</summary>
public interface ITurnErrorHandler
{
    Task OnTurnErrorAsync(ITurnContext turn, Exception exception, CancellationToken cancellationToken = default);
}
