namespace OnlineService.Gateway.WorkOrders.Notices;

/// <summary>What a notice or survey due item points at.</summary>
/// <param name="Number">The work order.</param>
/// <param name="Index">The timeline entry (for a survey: the resolution).</param>
public sealed record WorkOrderNoticePayload(string Number, int Index);
