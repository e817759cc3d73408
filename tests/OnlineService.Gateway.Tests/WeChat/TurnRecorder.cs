using System.Collections.Concurrent;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Turns;

namespace OnlineService.Gateway.Tests.WeChat;

/// <summary>Records every turn the bot runs, and slows down turns whose text is <see cref="SlowText"/>.</summary>
public sealed class TurnRecorder(TimeSpan slowTurn) : IMiddleware
{
    public const string SlowText = "慢";

    private readonly ConcurrentQueue<Activity> _turns = new();

    public IReadOnlyList<Activity> Turns => [.. _turns];

    /// <summary>How long a turn with <see cref="SlowText"/> takes; a test may shorten it.</summary>
    public TimeSpan SlowTurn { get; set; } = slowTurn;

    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> continueTurn, CancellationToken cancellationToken = default)
    {
        _turns.Enqueue(turn.Activity.Clone());
        if (turn.Activity.Text == SlowText)
        {
            await Task.Delay(SlowTurn, cancellationToken);
        }

        await continueTurn(cancellationToken);
    }
}
