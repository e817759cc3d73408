namespace OnlineService.Gateway.WorkOrders.Api;

/// <summary>What an idempotency key stands for: the request's fingerprint and, once answered, the answer.</summary>
public sealed record IdempotencyRecord(string Fingerprint, DateTimeOffset StartedAt, ApiResponse? Response);
