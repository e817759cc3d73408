namespace OnlineService.Services.Accounts;

/// <summary>A user's record as read, with the version a save must name.</summary>
public sealed record StoredAccountBindings(AccountBindingRecord Record, string Version);
