namespace OnlineService.Services.Accounts;

/// <summary>Limits of account binding.</summary>
public sealed record AccountBindingOptions
{
    /// <summary>Failed attempts allowed inside <see cref="FailureWindow"/> before the user is locked out.</summary>
    public int MaxFailures { get; init; } = 5;

    /// <summary>How far back failures are counted.</summary>
    public TimeSpan FailureWindow { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long a locked-out user waits before the next attempt is checked.</summary>
    public TimeSpan Lockout { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Accounts one user may bind (a family may pay for several dwellings).</summary>
    public int MaxAccountsPerUser { get; init; } = 10;

    /// <summary>Times a save is retried after a concurrent change before giving up.</summary>
    public int MaxSaveAttempts { get; init; } = 5;
}
