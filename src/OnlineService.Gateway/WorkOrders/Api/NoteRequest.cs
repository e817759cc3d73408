namespace OnlineService.Gateway.WorkOrders.Api;

/// <summary>Body of accept, contact and arrive: an optional note for the timeline.</summary>
public sealed record NoteRequest(string? Note);
