namespace OnlineService.Services.Accounts;

/// <summary>How a resident proves an account is theirs.</summary>
public enum ProofKind
{
    /// <summary>The last four digits of the phone registered with the account.</summary>
    PhoneLastFour,

    /// <summary>The owner's full name (户主姓名).</summary>
    OwnerName,
}
