using Microsoft.Extensions.Options;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;
using OnlineService.Conversation.State;
using OnlineService.Conversation.Turns;
using OnlineService.Gateway.Hosting;
using OnlineService.Gateway.Outbox;

namespace OnlineService.Gateway.Inbound;

/// <summary>
/// Runs one resident turn: load state, run the bot, save state together with the turn's replies (<see cref="LastTurn"/>),
/// then hand the replies to the outbox. Reply ids derive from the inbound id, so finishing an interrupted turn
/// re-enqueues the same replies instead of producing new ones.
/// </summary>
public sealed class TurnExecutor(
    IInboundStore inbound,
    IOutboxStore outbox,
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
                var replies = await RunAndSaveAsync(message, cancellationToken);
                return await HandOverAsync(message, replies, cancellationToken);
            }
            catch (StateConflictException ex) when (attempt < settings.ConflictRetries)
            {
                logger.LogInformation(ex, "State of conversation {ConversationId} changed during turn {InboundId}; running the turn again.",
                    message.ConversationId, message.Id);
            }
        }
    }

    private async Task<IReadOnlyList<Activity>> RunAndSaveAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var turn = new TurnContext(ActivityJson.Deserialize(message.ActivityJson), clock, scope.ServiceProvider);
        await conversationState.LoadAsync(turn, force: true, cancellationToken);
        await userState.LoadAsync(turn, force: true, cancellationToken);

        var lastTurn = await _lastTurn.GetAsync(turn, () => new LastTurn(), cancellationToken);
        if (lastTurn.InboundId == message.Id)
        {
            // The state was saved but the process stopped before the outbox got the replies: finish, don't re-run.
            return [.. lastTurn.Replies.Select(ActivityJson.Deserialize)];
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

        // User state first: the conversation state carries the LastTurn marker that says the turn is done.
        await userState.SaveChangesAsync(turn, cancellationToken);
        await conversationState.SaveChangesAsync(turn, cancellationToken);
        return turn.Outgoing;
    }

    private async Task<TurnOutcome> HandOverAsync(InboundMessage message, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
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

        await outbox.EnqueueAsync(queued, cancellationToken);
        await inbound.CompleteAsync(message.Id, now, cancellationToken);
        outboxSignal.Notify();
        return new TurnOutcome(queued);
    }

    private static string ReplyId(string inboundId, int index) => $"{inboundId}-r{index}";
}
