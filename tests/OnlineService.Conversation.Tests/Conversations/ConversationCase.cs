using OnlineService.Services.WorkOrders;

namespace OnlineService.Conversation.Tests.Conversations;

/// <summary>
/// One colloquial multi-turn conversation and what must come of it: the order (or none) with its category and stored
/// details, whether people were asked to take over, and what the resident must (not) read.
/// </summary>
public sealed record ConversationCase(string Name, IReadOnlyList<string> Turns)
{
    /// <summary>The category of the one order the conversation must create; null: no order at all.</summary>
    public WorkOrderCategory? Order { get; init; }

    /// <summary>Phrases that must appear in the bot's replies (anywhere in the conversation).</summary>
    public IReadOnlyList<string> Says { get; init; } = [];

    /// <summary>Phrases that must never appear.</summary>
    public IReadOnlyList<string> NeverSays { get; init; } = [];

    /// <summary>Phrases that must appear in the replies to the last message.</summary>
    public IReadOnlyList<string> LastSays { get; init; } = [];

    /// <summary>True: the bot asked for people (handoff); false: it must not; null: not checked.</summary>
    public bool? HandedOver { get; init; }

    /// <summary>Stored on the order: contact phone, address, content (when set).</summary>
    public string? Phone { get; init; }

    public string? Address { get; init; }

    public string? Content { get; init; }

    /// <summary>Stored on the order: the visit window starts (Beijing time, "M-d HH:mm").</summary>
    public string? VisitStart { get; init; }

    /// <summary>At night (23:30 Beijing) instead of Sunday 10:00.</summary>
    public bool Night { get; init; }

    /// <summary>The first activity is a WeChat follow event (then the turns).</summary>
    public bool FollowFirst { get; init; }

    public override string ToString() => Name;
}
