using OnlineService.Services.Accounts;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Services.Handoff;

/// <summary>Everything an agent needs to take a conversation over without asking the resident again.</summary>
/// <param name="Ticket">The ticket as listed.</param>
/// <param name="Transcript">The conversation so far, oldest first.</param>
/// <param name="Accounts">The heating accounts the resident bound on this channel.</param>
/// <param name="OpenWorkOrders">The resident's work orders that are not closed yet.</param>
/// <param name="Intent">The recognised intent id (see the intent catalogue), or null.</param>
/// <param name="Summary">An LLM summary of the transcript when an LLM is configured, else null.</param>
/// <param name="Clocks">The reply clocks of the resident's messages since the handoff, oldest first.</param>
public sealed record TicketDetails(
    DeskTicket Ticket,
    IReadOnlyList<ConversationLine> Transcript,
    IReadOnlyList<BoundAccount> Accounts,
    IReadOnlyList<WorkOrder> OpenWorkOrders,
    string? Intent,
    string? Summary,
    IReadOnlyList<ReplyClock> Clocks);
