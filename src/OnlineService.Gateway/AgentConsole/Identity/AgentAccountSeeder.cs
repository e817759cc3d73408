using Microsoft.Extensions.Options;
using OnlineService.Dialogs;
using OnlineService.Storage.Agents;

namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>
/// Creates the configured accounts that do not exist yet, at start. Without configured accounts it seeds the demo
/// accounts of the embedded default (which only Development accepts: see <see cref="AgentDemoPasswords"/>).
/// </summary>
public sealed class AgentAccountSeeder(
    IAgentAccountStore store,
    IOptions<AgentConsoleOptions> options,
    IOptions<DialogsOptions> content,
    TimeProvider clock,
    ILogger<AgentAccountSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Accounts.Count > 0)
        {
            foreach (var seed in options.Value.Accounts)
            {
                await CreateIfMissingAsync(seed.UserName, seed.DisplayName, seed.Role, seed.PasswordHash, cancellationToken);
            }

            return;
        }

        // The demo accounts of the embedded default; DocumentedDefaultsGuard warns (Development) or refuses to start
        // (elsewhere) while any of them signs in with its published password.
        var demo = DemoAccountFile.Load(Path.Combine(content.Value.ContentPath, "console", "demo-accounts.yaml"));
        foreach (var account in demo.Accounts)
        {
            // Hashing costs 210,000 iterations: only for an account that is not there yet.
            if (await store.FindAsync(AgentUserNames.Normalize(account.UserName), cancellationToken) is null)
            {
                await CreateIfMissingAsync(account.UserName, account.DisplayName, account.Role, AgentPasswordHasher.Hash(account.Password), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task CreateIfMissingAsync(string userName, string displayName, string role, string passwordHash, CancellationToken cancellationToken)
    {
        var normalized = AgentUserNames.Normalize(userName);
        if (!AgentUserNames.IsValid(normalized) || !AgentRoles.IsKnown(role) || !AgentPasswordHasher.IsWellFormed(passwordHash)
            || string.IsNullOrWhiteSpace(displayName))
        {
            throw new InvalidOperationException(
                $"AgentConsole account '{userName}' is invalid: it needs a UserName of 2-64 letters, digits, '.', '-' or '_', a DisplayName, " +
                $"a Role of {string.Join(", ", AgentRoles.All)}, and a PasswordHash made by POST /api/agent-console/password-hash.");
        }

        var now = clock.GetUtcNow();
        var created = await store.TryCreateAsync(
            new AgentAccount
            {
                UserName = normalized,
                DisplayName = displayName.Trim(),
                Role = role,
                PasswordHash = passwordHash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                CreatedAt = now,
                UpdatedAt = now,
            },
            cancellationToken);
        if (created is not null)
        {
            logger.LogInformation("Agent-console account {UserName} ({Role}) created from configuration.", normalized, role);
        }
    }
}
