namespace OnlineService.Dialogs.Content;

/// <summary>
/// What the account-binding dialog says. Besides the utility's placeholders, the dialog fills in <c>{account}</c>,
/// <c>{address}</c>, <c>{proof}</c>, <c>{time}</c> and <c>{attempts}</c>.
/// </summary>
public sealed class AccountTexts
{
    public string AskNumber { get; set; } = "";

    public string NumberRetry { get; set; } = "";

    public string AskProofKind { get; set; } = "";

    public string ProofKindRetry { get; set; } = "";

    public string ProofPhone { get; set; } = "";

    public string ProofName { get; set; } = "";

    public string AskPhoneDigits { get; set; } = "";

    public string PhoneDigitsRetry { get; set; } = "";

    public string AskOwnerName { get; set; } = "";

    public string OwnerNameRetry { get; set; } = "";

    public string Confirm { get; set; } = "";

    public string NotBound { get; set; } = "";

    public string Bound { get; set; } = "";

    public string BoundAsDefault { get; set; } = "";

    public string AlreadyBound { get; set; } = "";

    public string Refused { get; set; } = "";

    public string AskRetry { get; set; } = "";

    public string LockedOut { get; set; } = "";

    public string TooManyAccounts { get; set; } = "";

    public string ListHeader { get; set; } = "";

    public string DefaultMark { get; set; } = "";

    public string AskAction { get; set; } = "";

    public string ActionRetry { get; set; } = "";

    public string ActionBind { get; set; } = "";

    public string ActionSetDefault { get; set; } = "";

    public string ActionUnbind { get; set; } = "";

    public string ChooseAccount { get; set; } = "";

    public string ChooseAccountRetry { get; set; } = "";

    public string DefaultSet { get; set; } = "";

    public string ConfirmUnbind { get; set; } = "";

    public string Unbound { get; set; } = "";

    public string NotUnbound { get; set; } = "";
}
