namespace OnlineService.Conversation.Turns;

/// <summary>Runs the middleware in registration order around the turn handler.</summary>
public sealed class TurnPipeline(IEnumerable<IMiddleware> middleware, ITurnHandler handler)
{
    private readonly IMiddleware[] _middleware = [.. middleware];

    public Task RunAsync(ITurnContext turn, CancellationToken cancellationToken = default) =>
        RunFromAsync(0, turn, cancellationToken);

    private Task RunFromAsync(int index, ITurnContext turn, CancellationToken cancellationToken) =>
        index == _middleware.Length
            ? handler.OnTurnAsync(turn, cancellationToken)
            : _middleware[index].OnTurnAsync(turn, ct => RunFromAsync(index + 1, turn, ct), cancellationToken);
}
