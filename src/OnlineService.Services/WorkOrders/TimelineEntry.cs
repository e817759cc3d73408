namespace OnlineService.Services.WorkOrders;

/// <summary>One entry of the append-only timeline: what happened, when, by whom, and why.</summary>
/// <param name="Stage">What happened.</param>
/// <param name="At">When (from the injected clock).</param>
/// <param name="Actor">Who: a desk user, a handler id, "resident" or "system".</param>
/// <param name="Note">Free text, or the reason where the stage needs one.</param>
public sealed record TimelineEntry(TimelineStage Stage, DateTimeOffset At, string Actor, string? Note = null)
{
    /// <summary>The handler an order was dispatched to.</summary>
    public string? HandlerId { get; init; }

    /// <summary>Callback answer: satisfied or not.</summary>
    public bool? Satisfied { get; init; }

    /// <summary>Callback score 1–5.</summary>
    public int? Score { get; init; }

    /// <summary>The milestone a new time was agreed for.</summary>
    public SlaMilestone? Milestone { get; init; }

    /// <summary>The new time agreed with the customer.</summary>
    public DateTimeOffset? AgreedDueAt { get; init; }

    /// <summary>The handler's report when the stage is <see cref="TimelineStage.Resolved"/>.</summary>
    public Resolution? Resolution { get; init; }

    /// <summary>Another order this entry refers to, e.g. the complaint raised from a thrice-raised problem.</summary>
    public string? RelatedOrderNumber { get; init; }

    /// <summary>The <see cref="SlaClockItem.Id"/> an SLA warning or breach entry records, so it is recorded only once.</summary>
    public string? ClockItemId { get; init; }
}
