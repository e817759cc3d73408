namespace OnlineService.Gateway.WorkOrders.Import;

/// <summary>Stored per hotline number: claimed while its import runs, then the order it became.</summary>
public sealed record Hotline12345Link(DateTimeOffset ClaimedAt, string? OrderNumber);
