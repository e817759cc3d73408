using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;

namespace OnlineService.Gateway.Inbound;

/// <summary>
/// The one door for resident activities from every channel: persist (deduplicated) and record in the transcript in
/// one write, then schedule the turn. A channel acknowledges its platform only after this returns (invariant 1).
/// </summary>
public sealed class InboundAcceptor(
    ITurnStore turns,
    IOutboxStore outbox,
    TurnScheduler scheduler,
    TimeProvider clock)
{
    /// <param name="activity">The normalised activity; it must carry channel, conversation and sender.</param>
    /// <param name="dedupeKey">Unique per platform message, so that a retry maps to the same key.</param>
    public async Task<InboundAcceptance> AcceptAsync(Activity activity, string dedupeKey, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var conversationId = activity.Conversation?.Id
            ?? throw new ArgumentException("An inbound activity must name its conversation.", nameof(activity));
        var channelId = activity.ChannelId
            ?? throw new ArgumentException("An inbound activity must name its channel.", nameof(activity));
        if (activity.From is null)
        {
            throw new ArgumentException("An inbound activity must name its sender.", nameof(activity));
        }

        var inboundId = $"in-{Guid.CreateVersion7(now):N}";
        activity.Id ??= inboundId;
        activity.Timestamp ??= now;
        var message = new InboundMessage
        {
            Id = inboundId,
            ChannelId = channelId,
            ConversationId = conversationId,
            DedupeKey = dedupeKey,
            ActivityJson = ActivityJson.Serialize(activity),
            ReceivedAt = now,
        };

        var admission = await turns.AdmitAsync(message, cancellationToken);
        if (!admission.IsNew)
        {
            return new InboundAcceptance(admission.Message, IsDuplicate: true, TurnOfDuplicateAsync(admission.Message, cancellationToken));
        }

        return new InboundAcceptance(message, IsDuplicate: false, scheduler.Schedule(message));
    }

    private Task<TurnOutcome> TurnOfDuplicateAsync(InboundMessage original, CancellationToken cancellationToken)
    {
        if (scheduler.TryGetScheduled(original.Id) is { } running)
        {
            return running;
        }

        return original.Status == InboundStatus.Completed
            ? CompletedOutcomeAsync(original.Id, cancellationToken)
            : scheduler.Schedule(original);
    }

    private async Task<TurnOutcome> CompletedOutcomeAsync(string inboundId, CancellationToken cancellationToken) =>
        new(await outbox.ListForInboundAsync(inboundId, cancellationToken));
}
