namespace OnlineService.Services.Accounts;

/// <summary>The state of an account in the billing system. Every state can be bound: residents ask about all of them.</summary>
public enum HeatingAccountStatus
{
    /// <summary>Heated this season.</summary>
    Active,

    /// <summary>Heating suspended at the resident's request (报停).</summary>
    Suspended,

    /// <summary>Account closed (销户); kept for bills and history.</summary>
    Closed,
}
