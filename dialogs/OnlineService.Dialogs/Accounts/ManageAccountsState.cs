namespace OnlineService.Dialogs.Accounts;

/// <summary>Which change the resident chose and the accounts offered, in the order shown.</summary>
internal sealed class ManageAccountsState
{
    public AccountAction Action { get; set; }

    public List<string> Offered { get; set; } = [];

    public string Chosen { get; set; } = "";
}
