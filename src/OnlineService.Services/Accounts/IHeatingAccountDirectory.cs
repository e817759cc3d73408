namespace OnlineService.Services.Accounts;

/// <summary>The billing system's customer records, looked up by account number. Implemented per utility.</summary>
public interface IHeatingAccountDirectory
{
    /// <summary>Returns the account with this number (digits only), or <c>null</c> when there is none.</summary>
    Task<HeatingAccount?> FindAsync(string accountNumber, CancellationToken cancellationToken = default);
}
