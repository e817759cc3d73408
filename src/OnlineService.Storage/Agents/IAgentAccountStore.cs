namespace OnlineService.Storage.Agents;

/// <summary>
/// The agent console's accounts. Writes are optimistic: an update names the version it read and fails when another
/// writer (another request, another gateway replica) got there first, so a counted failure or a reset is never lost.
/// </summary>
public interface IAgentAccountStore
{
    /// <summary>The account with exactly this user name, or null.</summary>
    Task<AgentAccount?> FindAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>Every account, ordered by user name.</summary>
    Task<IReadOnlyList<AgentAccount>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates the account with version 1 and returns it; null when the user name is already taken.</summary>
    Task<AgentAccount?> TryCreateAsync(AgentAccount account, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the stored account when its version is still <see cref="AgentAccount.Version"/> of
    /// <paramref name="account"/>, and returns it with the next version; null when it changed meanwhile or is gone.
    /// </summary>
    Task<AgentAccount?> TryUpdateAsync(AgentAccount account, CancellationToken cancellationToken = default);
}
