using System.Net;
using OnlineService.Gateway.AgentConsole.Identity;

namespace OnlineService.Gateway.Tests.Hosting;

/// <summary>
/// Issue 16, "Default credentials live in Production": outside Development the gateway refuses to start while a value
/// published in the README is in force, naming each such setting; with the operator's own values it starts.
/// </summary>
public sealed class DocumentedDefaultsTests : IDisposable
{
    private const string OwnOperatorKey = "own-operator-key-4f1c9a7d2e";
    private const string OwnDirectLineSecret = "own-direct-line-secret-8b3e5f0c1a9d7e2f";
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Production_with_the_documented_defaults_refuses_to_start_naming_each_setting()
    {
        var error = await GatewayFactory.StartFailureAsync(() => new GatewayFactory(_data.Path) { Environment = "Production" }
            .WithSetting("Operators:ApiKeys:0", "dev-operator-key-change-me"));

        var message = Flatten(error);
        Assert.Contains("Operators:ApiKeys", message, StringComparison.Ordinal);
        Assert.Contains("DirectLine:Secret", message, StringComparison.Ordinal);
        Assert.Contains("AgentConsole:Accounts", message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_data.Path, "gateway.db")) && HasDemoAccounts(), "no demo account may be seeded before the refusal");
    }

    [Fact]
    public async Task Production_with_its_own_secrets_starts()
    {
        await using var gateway = OwnValues(new GatewayFactory(_data.Path) { Environment = "Production" });
        using var client = gateway.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Production_refuses_demo_accounts_left_in_the_store_by_a_development_run()
    {
        await using (var development = new GatewayFactory(_data.Path))
        {
            development.CreateClient().Dispose();
        }

        var error = await GatewayFactory.StartFailureAsync(() => OwnValues(new GatewayFactory(_data.Path) { Environment = "Production" }));

        Assert.Contains("AgentConsole:Accounts", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_refuses_the_sample_WeChat_token()
    {
        var error = await GatewayFactory.StartFailureAsync(() => OwnValues(new GatewayFactory(_data.Path) { Environment = "Production" })
            .WithSetting("WeChat:Enabled", "true")
            .WithSetting("WeChat:AppId", "wx0123456789abcdef")
            .WithSetting("WeChat:AppSecret", "0123456789abcdef0123456789abcdef")
            .WithSetting("WeChat:Token", "ChangeMeToken2026"));

        var message = Flatten(error);
        Assert.Contains("WeChat:Token", message, StringComparison.Ordinal);
        Assert.DoesNotContain("DirectLine:Secret", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Testing_keeps_working_with_the_documented_defaults()
    {
        await using var gateway = new GatewayFactory(_data.Path).WithSetting("Operators:ApiKeys:0", "dev-operator-key-change-me");
        using var client = gateway.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static GatewayFactory OwnValues(GatewayFactory gateway) => gateway
        .WithSetting("Operators:ApiKeys:0", OwnOperatorKey)
        .WithSetting("DirectLine:Secret", OwnDirectLineSecret)
        .WithSetting("AgentConsole:Accounts:0:UserName", "agent-zhao")
        .WithSetting("AgentConsole:Accounts:0:DisplayName", "赵敏")
        .WithSetting("AgentConsole:Accounts:0:Role", "agent")
        .WithSetting("AgentConsole:Accounts:0:PasswordHash", AgentPasswordHasher.Hash("a long secret of this test"));

    private bool HasDemoAccounts()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_data.Path, "gateway.db")};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'agent_accounts'";
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return false;
        }

        command.CommandText = "SELECT count(*) FROM agent_accounts";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static string Flatten(Exception error) =>
        error is AggregateException aggregate
            ? string.Join(" | ", aggregate.Flatten().InnerExceptions.Select(e => e.Message))
            : error.InnerException is { } inner ? $"{error.Message} | {Flatten(inner)}" : error.Message;
}
