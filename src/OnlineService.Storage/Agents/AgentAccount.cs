namespace OnlineService.Storage.Agents;

/// <summary>
/// A person who signs in to the agent console. <see cref="UserName"/> is also the agent's id in the handoff roster,
/// so the account and the roster entry (AgentDesk:Agents) name the same person.
/// </summary>
public sealed record AgentAccount
{
    /// <summary>The sign-in name and agent id; callers pass it normalised (trimmed, lower-case).</summary>
    public required string UserName { get; init; }

    /// <summary>The name colleagues and residents read, e.g. 客服小王.</summary>
    public required string DisplayName { get; init; }

    /// <summary>agent, supervisor or admin.</summary>
    public required string Role { get; init; }

    /// <summary>The PBKDF2 hash of the password, in the console's self-describing format (never the password).</summary>
    public required string PasswordHash { get; init; }

    /// <summary>Changes whenever the password or role changes; a session cookie that carries another stamp is refused.</summary>
    public required string SecurityStamp { get; init; }

    /// <summary>Wrong passwords since the last successful sign-in.</summary>
    public int FailedSignIns { get; init; }

    /// <summary>Until when sign-in is refused after too many wrong passwords.</summary>
    public DateTimeOffset? LockedUntil { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Set by the store: 1 when created, one more at every update. Updates must carry the version they read.</summary>
    public long Version { get; init; }
}
