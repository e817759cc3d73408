namespace OnlineService.Services.Accounts;

/// <summary>Thrown by an <see cref="IAccountBindingStore"/> when a record changed since it was read.</summary>
public sealed class AccountBindingConflictException : Exception
{
    public AccountBindingConflictException()
        : base("The binding record was changed by someone else since it was read; read it again and retry.")
    {
    }

    public AccountBindingConflictException(string message)
        : base(message)
    {
    }

    public AccountBindingConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
