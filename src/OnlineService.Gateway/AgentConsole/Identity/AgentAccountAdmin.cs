using OnlineService.Storage.Agents;

namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>What admins do with accounts: create agents and reset passwords. A reset also unlocks the account and ends its sessions.</summary>
public sealed class AgentAccountAdmin(IAgentAccountStore store, TimeProvider clock, ILogger<AgentAccountAdmin> logger)
{
    private const int MaxWriteAttempts = 5;

    public async Task<AccountChange> CreateAsync(
        string? userName, string? displayName, string? role, string? password, string actor, CancellationToken cancellationToken)
    {
        var normalized = AgentUserNames.Normalize(userName);
        var refusal = !AgentUserNames.IsValid(normalized) ? AccountChange.InvalidUserName
            : !AgentRoles.IsKnown(role) ? AccountChange.InvalidRole
            : string.IsNullOrWhiteSpace(displayName) ? AccountChange.MissingDisplayName
            : !AgentPasswordHasher.IsAcceptable(password) ? AccountChange.WeakPassword
            : AccountChange.Done;
        if (refusal != AccountChange.Done)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        var created = await store.TryCreateAsync(
            new AgentAccount
            {
                UserName = normalized,
                DisplayName = displayName!.Trim(),
                Role = role!,
                PasswordHash = AgentPasswordHasher.Hash(password!),
                SecurityStamp = Guid.NewGuid().ToString("N"),
                CreatedAt = now,
                UpdatedAt = now,
            },
            cancellationToken);
        if (created is null)
        {
            return AccountChange.Taken;
        }

        logger.LogInformation("Agent-console account {UserName} ({Role}) created by {Actor}.", normalized, role, actor);
        return AccountChange.Done;
    }

    public async Task<AccountChange> ResetPasswordAsync(string? userName, string? password, string actor, CancellationToken cancellationToken)
    {
        if (!AgentPasswordHasher.IsAcceptable(password))
        {
            return AccountChange.WeakPassword;
        }

        var normalized = AgentUserNames.Normalize(userName);
        var hash = AgentPasswordHasher.Hash(password!);
        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            var account = AgentUserNames.IsValid(normalized) ? await store.FindAsync(normalized, cancellationToken) : null;
            if (account is null)
            {
                return AccountChange.NotFound;
            }

            var reset = account with
            {
                PasswordHash = hash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                FailedSignIns = 0,
                LockedUntil = null,
                UpdatedAt = clock.GetUtcNow(),
            };
            if (await store.TryUpdateAsync(reset, cancellationToken) is not null)
            {
                logger.LogInformation("Agent-console password of {UserName} reset by {Actor}; its sessions end.", normalized, actor);
                return AccountChange.Done;
            }
        }

        throw new InvalidOperationException(
            $"The account '{normalized}' kept changing during the password reset; try again, and check for a client retrying sign-in in a loop.");
    }
}
