using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OnlineService.Conversation.Messaging;

namespace OnlineService.Gateway.Inbound;

/// <summary>
/// Runs turns one at a time per conversation, in arrival order, and different conversations in parallel
/// (invariant 2). On shutdown it stops taking new turns and lets the running ones finish.
/// </summary>
public sealed class TurnScheduler(TurnExecutor executor, IOptions<TurnOptions> options, ILogger<TurnScheduler> logger) : IHostedService, IDisposable
{
    private readonly Dictionary<string, Queue<ScheduledTurn>> _lanes = [];
    private readonly ConcurrentDictionary<string, Task<TurnOutcome>> _scheduled = new();
    private readonly ConcurrentDictionary<Task, byte> _laneTasks = new();
    private readonly SemaphoreSlim _concurrency = new(options.Value.MaxConcurrentTurns);
    private readonly CancellationTokenSource _stopping = new();
    private volatile bool _stopped;

    /// <summary>Queues the turn of <paramref name="message"/> behind earlier turns of its conversation.</summary>
    public Task<TurnOutcome> Schedule(InboundMessage message)
    {
        if (_stopped)
        {
            // The message is durable and stays pending: the next start (or another replica) runs it.
            return Task.FromException<TurnOutcome>(new OperationCanceledException("The gateway is shutting down."));
        }

        var turn = new ScheduledTurn(message);
        var task = _scheduled.GetOrAdd(message.Id, turn.Completion.Task);
        if (task != turn.Completion.Task)
        {
            return task;
        }

        lock (_lanes)
        {
            if (_lanes.TryGetValue(message.ConversationId, out var queue))
            {
                queue.Enqueue(turn);
                return task;
            }

            _lanes[message.ConversationId] = new Queue<ScheduledTurn>([turn]);
        }

        var lane = Task.Run(() => RunLaneAsync(message.ConversationId));
        _laneTasks.TryAdd(lane, 0);
        _ = lane.ContinueWith(t => _laneTasks.TryRemove(t, out _), TaskScheduler.Default);
        return task;
    }

    /// <summary>The pending or running turn of an inbound message in this process, if any.</summary>
    public Task<TurnOutcome>? TryGetScheduled(string inboundId) => _scheduled.GetValueOrDefault(inboundId);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Finishes the turns already queued; the host's shutdown timeout bounds the wait.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopped = true;
        try
        {
            await Task.WhenAll(_laneTasks.Keys).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Shutdown timed out with turns still running; they stay pending and will be run again.");
            await _stopping.CancelAsync();
        }
    }

    public void Dispose()
    {
        _concurrency.Dispose();
        _stopping.Dispose();
    }

    private async Task RunLaneAsync(string conversationId)
    {
        while (true)
        {
            ScheduledTurn turn;
            lock (_lanes)
            {
                var queue = _lanes[conversationId];
                if (queue.Count == 0)
                {
                    _lanes.Remove(conversationId);
                    return;
                }

                turn = queue.Dequeue();
            }

            await RunOneAsync(turn);
        }
    }

    private async Task RunOneAsync(ScheduledTurn turn)
    {
        try
        {
            await _concurrency.WaitAsync(_stopping.Token);
        }
        catch (OperationCanceledException)
        {
            // Shutdown gave up waiting: the message stays pending in the store and runs after the restart.
            _scheduled.TryRemove(turn.Message.Id, out _);
            turn.Completion.TrySetCanceled();
            return;
        }

        try
        {
            turn.Completion.TrySetResult(await executor.RunAsync(turn.Message, _stopping.Token));
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The turn of inbound message {InboundId} failed; it stays pending and will be retried.", turn.Message.Id);
            turn.Completion.TrySetException(ex);
        }
        finally
        {
            _concurrency.Release();
            _scheduled.TryRemove(turn.Message.Id, out _);
        }
    }

    private sealed class ScheduledTurn(InboundMessage message)
    {
        public InboundMessage Message { get; } = message;

        public TaskCompletionSource<TurnOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
