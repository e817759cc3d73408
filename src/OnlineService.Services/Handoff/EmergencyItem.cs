namespace OnlineService.Services.Handoff;

/// <summary>
/// One red item of the supervisors' board: an emergency conversation still open on the desk, or an emergency order
/// nobody has reached the resident about yet (received, accepted or dispatched, not contacted).
/// </summary>
/// <param name="Kind">What the item is.</param>
/// <param name="Id">The ticket id or the order number.</param>
/// <param name="Since">When the conversation was handed over or the order received.</param>
/// <param name="Detail">The channel of a conversation, or the order's content (shortened).</param>
/// <param name="State">The ticket's status or the order's status, camelCase.</param>
/// <param name="Holder">The agent holding the conversation, or the unit the order is dispatched to.</param>
public sealed record EmergencyItem(EmergencyItemKind Kind, string Id, DateTimeOffset Since, string? Detail, string State, string? Holder);

/// <summary>The kinds of <see cref="EmergencyItem"/>.</summary>
public enum EmergencyItemKind
{
    Conversation,
    Order,
}
