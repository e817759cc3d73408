namespace OnlineService.Dialogs.Accounts;

/// <summary>What a resident with bound accounts can do here.</summary>
internal enum AccountAction
{
    Bind,
    SetDefault,
    Unbind,
}
