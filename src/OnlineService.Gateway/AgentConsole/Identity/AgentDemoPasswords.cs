using Microsoft.Extensions.Options;
using OnlineService.Dialogs;
using OnlineService.Storage.Agents;

namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>
/// Whether a console account still signs in with a password published in
/// <c>content/console/demo-accounts.yaml</c> (and the README): without <c>AgentConsole:Accounts</c> the seeder creates
/// the demo accounts, and an account configured later does not change a demo account already in the store.
/// </summary>
internal static class AgentDemoPasswords
{
    public static async ValueTask<bool> AreInUseAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<IOptions<AgentConsoleOptions>>().Value.Accounts.Count == 0)
        {
            return true;
        }

        var content = services.GetRequiredService<IOptions<DialogsOptions>>().Value;
        var store = services.GetRequiredService<IAgentAccountStore>();
        var demo = DemoAccountFile.Load(Path.Combine(content.ContentPath, "console", "demo-accounts.yaml"));
        foreach (var account in demo.Accounts)
        {
            var existing = await store.FindAsync(AgentUserNames.Normalize(account.UserName), cancellationToken);
            if (existing is not null && AgentPasswordHasher.Verify(account.Password, existing.PasswordHash))
            {
                return true;
            }
        }

        return false;
    }
}
