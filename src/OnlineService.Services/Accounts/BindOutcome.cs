namespace OnlineService.Services.Accounts;

/// <summary>How a binding attempt ended.</summary>
public enum BindOutcome
{
    /// <summary>The account is now bound.</summary>
    Bound,

    /// <summary>The account was bound to this user already; nothing changed and nothing was counted.</summary>
    AlreadyBound,

    /// <summary>
    /// Unknown account or wrong proof. Deliberately one outcome: the resident is never told which part was wrong,
    /// so account numbers cannot be probed.
    /// </summary>
    Refused,

    /// <summary>Too many failures: nothing was checked. See <see cref="BindResult.LockedUntil"/>.</summary>
    LockedOut,

    /// <summary>The user has as many accounts bound as allowed; one must be unbound first.</summary>
    TooManyAccounts,
}
