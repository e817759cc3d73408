using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Api;

/// <summary>One timeline entry as the APIs show it.</summary>
public sealed record TimelineEntryView(
    TimelineStage Stage,
    DateTimeOffset At,
    string Actor,
    string? Note,
    string? HandlerId,
    bool? Satisfied,
    int? Score,
    SlaMilestone? Milestone,
    DateTimeOffset? AgreedDueAt,
    Resolution? Resolution,
    string? RelatedOrderNumber)
{
    public static TimelineEntryView From(TimelineEntry e) =>
        new(e.Stage, e.At, e.Actor, e.Note, e.HandlerId, e.Satisfied, e.Score, e.Milestone, e.AgreedDueAt, e.Resolution, e.RelatedOrderNumber);
}
