using OnlineService.Services.Scheduling;

namespace OnlineService.Services.Handoff;

/// <summary>Fires the handoff's due items: reply guards and agent-silence handbacks. Both are safe to run twice.</summary>
public sealed class HandoffDueItemHandler(ReplyGuarantee guarantee, HandoffService handoff) : IDueItemHandler
{
    public IReadOnlyCollection<string> Kinds => HandoffDueItems.Kinds;

    public async Task HandleAsync(DueItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        switch (item.Kind)
        {
            case HandoffDueItems.ReplyGuardKind:
                await guarantee.HandleGuardAsync(HandoffDueItems.ClockIdOf(item.PayloadJson), cancellationToken);
                break;
            case HandoffDueItems.SilenceKind:
                var (ticketId, since) = HandoffDueItems.SilenceOf(item.PayloadJson);
                await handoff.HandleSilenceAsync(ticketId, since, cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"{nameof(HandoffDueItemHandler)} got a due item of kind '{item.Kind}', which it does not register for.");
        }
    }
}
