using OnlineService.Conversation.Activities;
using OnlineService.Conversation.State;
using OnlineService.Conversation.Turns;
using OnlineService.Dialogs.Handoff;
using OnlineService.Services.Handoff;

namespace OnlineService.Gateway.Handoff;

/// <summary>
/// The handoff's place in every resident turn. While people hold the conversation, the message goes to them (the
/// consoles hear of it) and the bot stays silent; otherwise the bot runs. Either way the message's reply clock starts
/// at its arrival time, and a bot reply stops it at once. A danger reported while people hold the conversation for
/// something else (or while it waits in a queue) still reaches the bot's emergency dialog: the safety advice, the
/// emergency order and the overflow to any attending agent do not wait for the agent to read it.
/// </summary>
public sealed class HandoffMiddleware(
    HandoffService handoff, ReplyGuarantee guarantee, EmergencyRecognizer emergencies, ILogger<HandoffMiddleware> logger) : OnlineService.Conversation.Turns.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> continueTurn, CancellationToken cancellationToken = default)
    {
        if (Arrival(turn) is not { } arrival)
        {
            // Platform events (a follow, a web-chat join) ask nothing, so they start no clock.
            await continueTurn(cancellationToken);
            return;
        }

        if (await handoff.FindHeldAsync(arrival.Address.ConversationId, cancellationToken) is { } ticket
            && (ticket.Trigger == HandoffTrigger.Emergency || emergencies.Recognize(turn.Activity.Text) == EmergencyKind.None))
        {
            logger.LogDebug("Message {MessageId} goes to the agents of ticket {TicketId}, not the bot.", arrival.MessageId, ticket.Id);
            await guarantee.OnHeldMessageAsync(arrival, ticket, cancellationToken);
            return;
        }

        try
        {
            await continueTurn(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not StateConflictException)
        {
            // The turn's error handler answers the resident with an apology: that is the bot's answer.
            await guarantee.StartAnsweredByBotAsync(arrival, null, turn.Clock.GetUtcNow(), cancellationToken);
            throw;
        }

        // This very turn may have handed the conversation over (the handoff leaves its outcome in the turn): then the
        // clock belongs to the ticket, and the agent's own first-response clock runs although the bot acknowledged it.
        var held = turn.Values.Get<HandoffOutcome>() is { IsHeld: true, Ticket: { } handedOver } ? handedOver : null;
        if (turn.Responded)
        {
            // The common case, kept to one write: the turn's replies go to the outbox right after this.
            await guarantee.StartAnsweredByBotAsync(arrival, held, turn.Clock.GetUtcNow(), cancellationToken);
        }
        else
        {
            await guarantee.StartAsync(arrival, held, cancellationToken);
        }
    }

    private static ResidentMessageArrival? Arrival(ITurnContext turn)
    {
        var activity = turn.Activity;
        if (!activity.IsMessage || activity.Id is null || activity.ChannelId is null || activity.Conversation?.Id is not { } conversationId
            || activity.From?.Id is not { } residentId)
        {
            return null;
        }

        return new ResidentMessageArrival(
            HandoffIds.MessageKey(activity.ChannelId, conversationId, activity.Id),
            new ResidentAddress(activity.ChannelId, conversationId, residentId, activity.Recipient?.Id),
            activity.Timestamp ?? turn.Now,
            activity.Text ?? activity.Attachments?.FirstOrDefault()?.Name);
    }
}
