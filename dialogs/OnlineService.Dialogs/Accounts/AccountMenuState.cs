namespace OnlineService.Dialogs.Accounts;

/// <summary>The actions offered to a resident who has bound accounts, in the order shown.</summary>
internal sealed class AccountMenuState
{
    public List<AccountAction> Offered { get; set; } = [];
}
