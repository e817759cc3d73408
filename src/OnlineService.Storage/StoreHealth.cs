namespace OnlineService.Storage;

/// <summary>The answer of a store health check: whether the store answered, and a line for operators.</summary>
public sealed record StoreHealth(bool IsHealthy, string Provider, string Description);
