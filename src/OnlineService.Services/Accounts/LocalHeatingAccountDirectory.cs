namespace OnlineService.Services.Accounts;

/// <summary>
/// Customer records held in memory: the demo accounts (see README) until a utility connects its billing system, or
/// a fixed list given by a test.
/// </summary>
public sealed class LocalHeatingAccountDirectory : IHeatingAccountDirectory
{
    private readonly Dictionary<string, HeatingAccount> _accounts;

    public LocalHeatingAccountDirectory(IEnumerable<HeatingAccount> accounts)
    {
        _accounts = new Dictionary<string, HeatingAccount>(StringComparer.Ordinal);
        foreach (var account in accounts)
        {
            if (!_accounts.TryAdd(account.AccountNumber, account))
            {
                throw new ArgumentException($"The account number {account.AccountNumber} is listed twice; account numbers must be unique.", nameof(accounts));
            }
        }
    }

    /// <summary>Fictitious accounts for testers; the README lists their proofs.</summary>
    public static LocalHeatingAccountDirectory Demo { get; } = new(
    [
        new("2023100188", "张伟", "13812345678", "朝阳区望京花园3号楼2单元501", 89.5m, HeatingAccountStatus.Active),
        new("2023100256", "王秀英", "13987654321", "海淀区学院路小区12号楼1单元302", 76.2m, HeatingAccountStatus.Active),
        new("2019004417", "李娜", "15001239876", "丰台区丽泽家园5号楼4单元1203", 102.0m, HeatingAccountStatus.Suspended),
        new("2021077530", "刘洋", "18611112222", "通州区运河苑8号楼3单元601", 65.8m, HeatingAccountStatus.Active),
    ]);

    public Task<HeatingAccount?> FindAsync(string accountNumber, CancellationToken cancellationToken = default) =>
        Task.FromResult(_accounts.GetValueOrDefault(accountNumber));
}
