namespace OnlineService.Gateway.WorkOrders.Api;

/// <summary>Body of agree-new-time (T/CDHA 4.4.8): the milestone (contact, onSite, resolved), the agreed time, and why the limit cannot be met.</summary>
public sealed record AgreeNewTimeRequest(string? Milestone, DateTimeOffset? AgreedDueAt, string? Reason);
