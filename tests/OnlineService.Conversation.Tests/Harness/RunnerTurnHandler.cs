using OnlineService.Conversation.Dialogs;
using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.Tests.Harness;

/// <summary>Runs the root dialog as the turn handler at the end of the middleware, as HeatingBot does in the gateway.</summary>
public sealed class RunnerTurnHandler(DialogRunner runner) : ITurnHandler
{
    public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken = default) => runner.RunAsync(turn, cancellationToken);
}
