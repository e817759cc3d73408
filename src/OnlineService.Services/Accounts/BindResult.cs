namespace OnlineService.Services.Accounts;

/// <summary>The result of <see cref="AccountBindingService.BindAsync"/>.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Account">The bound account, for <see cref="BindOutcome.Bound"/> and <see cref="BindOutcome.AlreadyBound"/>.</param>
/// <param name="IsDefault">Whether that account is the user's default now.</param>
/// <param name="AttemptsLeft">Failures still allowed before the lock, for <see cref="BindOutcome.Refused"/>.</param>
/// <param name="LockedUntil">When attempts are allowed again, for <see cref="BindOutcome.LockedOut"/>.</param>
public sealed record BindResult(
    BindOutcome Outcome,
    BoundAccount? Account = null,
    bool IsDefault = false,
    int AttemptsLeft = 0,
    DateTimeOffset? LockedUntil = null);
