namespace OnlineService.Services.Accounts;

/// <summary>What a user has bound, for display, and whether binding is locked for now.</summary>
/// <param name="Accounts">The bound accounts, oldest first.</param>
/// <param name="DefaultAccountNumber">The default account, or null when nothing is bound.</param>
/// <param name="LockedUntil">Set while binding attempts are locked.</param>
public sealed record UserAccounts(IReadOnlyList<BoundAccount> Accounts, string? DefaultAccountNumber, DateTimeOffset? LockedUntil)
{
    public BoundAccount? Default => Accounts.FirstOrDefault(a => a.AccountNumber == DefaultAccountNumber);
}
