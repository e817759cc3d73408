namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>How a sign-in attempt ended. The API answers the first three alike, so nobody learns which names exist.</summary>
public enum SignInStatus
{
    SignedIn,
    WrongCredentials,
    LockedOut,
    Throttled,
}
