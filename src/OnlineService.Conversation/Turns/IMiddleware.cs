namespace OnlineService.Conversation.Turns;

/// <summary>A step around every turn (dedupe, logging, typing indicators…); call <paramref name="continueTurn"/> to go on.</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> continueTurn, CancellationToken cancellationToken = default);
}
