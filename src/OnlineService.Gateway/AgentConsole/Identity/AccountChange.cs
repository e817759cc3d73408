namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>How an admin's account change ended; each refusal is a label code under <c>errors</c> in the console texts.</summary>
public enum AccountChange
{
    Done,
    NotFound,
    Taken,
    InvalidUserName,
    InvalidRole,
    MissingDisplayName,
    WeakPassword,
}
