using Microsoft.Extensions.Options;
using OnlineService.Dialogs;
using OnlineService.Storage.Agents;

namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>
/// Creates the configured accounts that do not exist yet, at start. Without configured accounts it seeds the demo
/// accounts of the embedded default and warns while any of them still signs in with its documented password.
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

        var demo = DemoAccountFile.Load(Path.Combine(content.Value.ContentPath, "console", "demo-accounts.yaml"));
        var stillDocumented = new List<string>();
        foreach (var account in demo.Accounts)
        {
            var userName = AgentUserNames.Normalize(account.UserName);
            var existing = await store.FindAsync(userName, cancellationToken);
            if (existing is null)
            {
                await CreateIfMissingAsync(userName, account.DisplayName, account.Role, AgentPasswordHasher.Hash(account.Password), cancellationToken);
                stillDocumented.Add(userName);
            }
            else if (AgentPasswordHasher.Verify(account.Password, existing.PasswordHash))
            {
                stillDocumented.Add(userName);
            }
        }

        if (stillDocumented.Count > 0)
        {
            logger.LogWarning(
                "Agent-console demo accounts {Accounts} sign in with the passwords documented in the README. Change them (admin page or " +
                "POST /agent/api/admin/accounts/{{userName}}/password) or configure AgentConsole:Accounts before going live.",
                string.Join(", ", stillDocumented));
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
