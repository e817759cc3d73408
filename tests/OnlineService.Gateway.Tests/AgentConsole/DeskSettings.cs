using OnlineService.Gateway.AgentConsole.Identity;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests.AgentConsole;

/// <summary>
/// A desk for the console tests: two repair agents (agent1, agent2: the demo accounts' ids), a billing agent (billing1)
/// and a supervisor, each with a console account of the same id; service hours around the clock unless a test
/// narrows them.
/// </summary>
public static class DeskSettings
{
    public const string Password = "desk-test-password";

    private static readonly Lazy<string> PasswordHash = new(() => AgentPasswordHasher.Hash(Password));

    public static GatewayFactory WithDesk(this GatewayFactory factory, string mediaPath)
    {
        factory.WithSetting("AgentConsole:MediaPath", mediaPath)
            .WithSetting("AgentDesk:ServiceHoursStart", "00:00:00")
            .WithSetting("AgentDesk:ServiceHoursEnd", "1.00:00:00");
        (string Id, string Name, string Role, string[] Groups)[] people =
        [
            ("agent1", "客服一号", AgentRoles.Agent, ["repair", "general"]),
            ("agent2", "客服二号", AgentRoles.Agent, ["repair", "general"]),
            ("billing1", "缴费客服", AgentRoles.Agent, ["billing"]),
            ("lead", "值班主管", AgentRoles.Supervisor, []),
        ];
        var agentIndex = 0;
        for (var i = 0; i < people.Length; i++)
        {
            var (id, name, role, groups) = people[i];
            factory.WithSetting($"AgentConsole:Accounts:{i}:UserName", id)
                .WithSetting($"AgentConsole:Accounts:{i}:DisplayName", name)
                .WithSetting($"AgentConsole:Accounts:{i}:Role", role)
                .WithSetting($"AgentConsole:Accounts:{i}:PasswordHash", PasswordHash.Value);
            if (groups.Length == 0)
            {
                continue;
            }

            factory.WithSetting($"AgentDesk:Agents:{agentIndex}:Id", id).WithSetting($"AgentDesk:Agents:{agentIndex}:DisplayName", name);
            for (var g = 0; g < groups.Length; g++)
            {
                factory.WithSetting($"AgentDesk:Agents:{agentIndex}:Groups:{g}", groups[g]);
            }

            agentIndex++;
        }

        return factory;
    }
}
