namespace OnlineService.Services.Accounts;

/// <summary>Everything stored for one chat user: the bound accounts, the default one, and recent failed attempts.</summary>
public sealed record AccountBindingRecord
{
    public IReadOnlyList<BoundAccount> Accounts { get; init; } = [];

    /// <summary>The account used when the resident does not name one; always one of <see cref="Accounts"/> or null.</summary>
    public string? DefaultAccountNumber { get; init; }

    /// <summary>When recent attempts failed; only those inside the counting window are kept.</summary>
    public IReadOnlyList<DateTimeOffset> Failures { get; init; } = [];

    /// <summary>No attempt is checked before this moment.</summary>
    public DateTimeOffset? LockedUntil { get; init; }
}
