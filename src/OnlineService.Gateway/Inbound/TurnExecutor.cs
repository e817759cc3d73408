using Microsoft.Extensions.Options;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;
using OnlineService.Conversation.State;
using OnlineService.Conversation.Turns;
using OnlineService.Gateway.Hosting;
using OnlineService.Gateway.Outbox;

namespace OnlineService.Gateway.Inbound;

/// <summary>
/// Runs one resident turn: load state, run the bot, then commit the turn in one write (<see cref="ITurnStore"/>): the
/// user and conversation state (the latter with the replies as <see cref="LastTurn"/>), the replies in the outbox and
/// the inbound message's completion. Reply ids derive from the inbound id, so finishing an interrupted turn (a store
/// that cannot commit atomically stopped after the state) re-enqueues the same replies instead of producing new ones.
/// </summary>
public sealed class TurnExecutor(
    IInboundStore inbound,
    ITurnStore turns,
    ConversationState conversationState,
    UserState userState,
    TurnPipeline pipeline,
    ITurnErrorHandler errorHandler,
    ChannelSenders senders,
    OutboxSignal outboxSignal,
    IServiceScopeFactory scopes,
    GatewayInstance instance,
    TimeProvider clock,
    IOptions<TurnOptions> options,
    ILogger<TurnExecutor> logger)
{
    private readonly StatePropertyAccessor<LastTurn> _lastTurn = conversationState.CreateProperty<LastTurn>("lastTurn");

    public async Task<TurnOutcome> RunAsync(InboundMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!await inbound.TryLeaseAsync(message.Id, instance.Id, clock.GetUtcNow(), settings.Lease, cancellationToken))
        {
            return TurnOutcome.Elsewhere;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var outcome = await RunAndCommitAsync(message, cancellationToken);
                outboxSignal.Notify();
                return outcome;
            }
            catch (StateConflictException ex) when (attempt < settings.ConflictRetries)
            {
                logger.LogInformation(ex, "State of conversation {ConversationId} changed during turn {InboundId}; running the turn again.",
                    message.ConversationId, message.Id);
            }
        }
    }

    private async Task<TurnOutcome> RunAndCommitAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var turn = new TurnContext(ActivityJson.Deserialize(message.ActivityJson), clock, scope.ServiceProvider);
        await conversationState.LoadAsync(turn, force: true, cancellationToken);
        await userState.LoadAsync(turn, force: true, cancellationToken);

        var lastTurn = await _lastTurn.GetAsync(turn, () => new LastTurn(), cancellationToken);
        if (lastTurn.InboundId == message.Id)
        {
            // The state was saved but the process stopped before the outbox got the replies: finish, don't re-run.
            var (finished, _) = await CommitAsync(message, [], [.. lastTurn.Replies.Select(ActivityJson.Deserialize)], cancellationToken);
            return finished;
        }

        try
        {
            await pipeline.RunAsync(turn, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not StateConflictException)
        {
            logger.LogError(ex, "The bot failed on inbound message {InboundId}.", message.Id);
            await errorHandler.OnTurnErrorAsync(turn, ex, cancellationToken);
        }

        for (var i = 0; i < turn.Outgoing.Count; i++)
        {
            turn.Outgoing[i].Id = ReplyId(message.Id, i);
        }

        // Set, not mutate: the error handler may have cleared the conversation state and the object with it.
        await _lastTurn.SetAsync(turn, new LastTurn { InboundId = message.Id, Replies = [.. turn.Outgoing.Select(ActivityJson.Serialize)] }, cancellationToken);

        // User state first: the conversation state carries the LastTurn marker that says the turn is done (the order
        // matters to a store that cannot write them atomically).
        var changes = new List<(BotState State, StateChange Change)>();
        foreach (var state in new BotState[] { userState, conversationState })
        {
            if (state.PendingChange(turn) is { } change)
            {
                changes.Add((state, change));
            }
        }

        var (outcome, etags) = await CommitAsync(message, [.. changes.Select(c => c.Change)], turn.Outgoing, cancellationToken);
        foreach (var (state, change) in changes)
        {
            state.AcceptChange(turn, change, etags[change.Key]);
        }

        return outcome;
    }

    private async Task<(TurnOutcome Outcome, IReadOnlyDictionary<string, string> ETags)> CommitAsync(
        InboundMessage message, IReadOnlyList<StateChange> state, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hold = senders.Find(message.ChannelId)?.HoldBeforeDispatch ?? TimeSpan.Zero;
        var queued = replies
            .Select((activity, i) => new OutboxMessage
            {
                Id = activity.Id ?? ReplyId(message.Id, i),
                ChannelId = message.ChannelId,
                ConversationId = message.ConversationId,
                InboundId = message.Id,
                ActivityJson = ActivityJson.Serialize(activity),
                CreatedAt = now,
                NextAttemptAt = now + hold,
            })
            .ToList();

        var etags = await turns.CommitAsync(
            new TurnCommit { InboundId = message.Id, CompletedAt = now, State = state, Replies = queued }, cancellationToken);
        return (new TurnOutcome(queued), etags);
    }

    private static string ReplyId(string inboundId, int index) => $"{inboundId}-r{index}";
}
