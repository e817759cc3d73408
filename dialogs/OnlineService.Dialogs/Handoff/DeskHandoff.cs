using System.Globalization;
using Microsoft.Extensions.Logging;
using OnlineService.Conversation.Turns;
using OnlineService.Services.Handoff;

namespace OnlineService.Dialogs.Handoff;

/// <summary>
/// Hands the conversation to the agent desk: a ticket in the group of the recognised intent, assigned at once or
/// queued, and the resident is told which (an agent's name, or the queue position and expected wait). Without a
/// desk, or outside the service hours, the resident gets the hotline plainly and the bot keeps the conversation.
/// An emergency is routed by the desk to any attending agent at any hour, and worded by the emergency dialog.
/// </summary>
public sealed class DeskHandoff(HandoffService handoff, HandoffWording wording, ILogger<DeskHandoff> logger) : IHumanHandoff
{
    public async Task<bool> RequestAsync(ITurnContext turn, HandoffReason reason, CancellationToken cancellationToken = default)
    {
        var activity = turn.Activity;
        var conversationId = activity.Conversation?.Id;
        if (conversationId is null || activity.ChannelId is null || activity.From is null)
        {
            // A turn without an address cannot be answered by a person later; say so the way the hotline handoff does.
            await turn.SendTextAsync(wording.Outcome(new HandoffOutcome(HandoffOutcomeKind.NoDesk)), cancellationToken: cancellationToken);
            return false;
        }

        var request = new HandoffRequest(
            conversationId,
            activity.ChannelId,
            activity.From.Id,
            activity.Recipient?.Id,
            HandoffIds.MessageKey(activity.ChannelId, conversationId, activity.Id ?? turn.Now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)),
            turn.Values.Get<HandoffIntent>()?.Intent,
            Trigger(reason));
        var outcome = await handoff.RequestAsync(request, cancellationToken);

        // Tells the host's turn middleware that people hold the conversation from this message on.
        turn.Values.Set(outcome);
        logger.LogInformation("Conversation {ConversationId} asked for a human ({Reason}): {Outcome}, ticket {TicketId}.",
            conversationId, reason, outcome.Kind, outcome.Ticket?.Id);
        if (reason != HandoffReason.Emergency)
        {
            // The emergency dialog words its own outcome: never a queue position or an expected wait for a danger.
            await turn.SendTextAsync(wording.Outcome(outcome), cancellationToken: cancellationToken);
        }

        return outcome.IsHeld;
    }

    private static HandoffTrigger Trigger(HandoffReason reason) => reason switch
    {
        HandoffReason.NotUnderstood => HandoffTrigger.NotUnderstood,
        HandoffReason.Complaint => HandoffTrigger.Complaint,
        HandoffReason.Emergency => HandoffTrigger.Emergency,
        _ => HandoffTrigger.ResidentAsked,
    };
}
