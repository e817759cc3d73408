namespace OnlineService.Services.Accounts;

/// <summary>One account bound to a chat user, as stored.</summary>
public sealed record BoundAccount(string AccountNumber, string MaskedAddress, DateTimeOffset BoundAt);
