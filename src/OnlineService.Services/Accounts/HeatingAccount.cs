namespace OnlineService.Services.Accounts;

/// <summary>A customer record of the billing system: one heated dwelling under one account number (户号).</summary>
/// <param name="AccountNumber">The digits printed on bills and the heating contract.</param>
/// <param name="OwnerName">The registered owner (户主), as on the contract.</param>
/// <param name="RegisteredPhone">The phone number registered with the account.</param>
/// <param name="Address">The dwelling's full address.</param>
/// <param name="HeatedArea">The billed heating area in square metres.</param>
/// <param name="Status">Whether the dwelling is heated this season.</param>
public sealed record HeatingAccount(
    string AccountNumber,
    string OwnerName,
    string RegisteredPhone,
    string Address,
    decimal HeatedArea,
    HeatingAccountStatus Status);
