using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Gateway.AgentConsole.Identity;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests.AgentConsole;

/// <summary>Console sign-in, sessions and account administration against the real gateway (in process, fake clock).</summary>
public sealed class SignInTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _data = new();
    private readonly FakeTimeProvider _clock = new(Start);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _data.Dispose();

    private GatewayFactory Gateway() => new GatewayFactory(_data.Path) { Clock = _clock }
        .WithSetting("AgentConsole:MediaPath", Path.Combine(_data.Path, "media"));

    [Fact]
    public async Task A_demo_agent_signs_in_with_an_http_only_strict_cookie_scoped_to_the_console()
    {
        await using var gateway = Gateway();
        using var client = new ConsoleClient(gateway);

        Assert.Equal(JsonValueKind.Null, (await client.SessionAsync()).ValueKind);
        var response = await client.SignInAsync("Agent-Wang", "agent-wang-dev-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var user = await client.SessionAsync();
        Assert.Equal(("agent-wang", "agent"), (user.GetProperty("id").GetString(), user.GetProperty("role").GetString()));
        var cookie = Assert.Single(client.Cookies.GetAllCookies(), c => c.Name == "onlineservice.agent");
        Assert.True(cookie.HttpOnly);
        Assert.Equal("/agent", cookie.Path);
        var header = Assert.Single(response.Headers.GetValues("Set-Cookie"), h => h.StartsWith("onlineservice.agent=", StringComparison.Ordinal));
        Assert.Contains("samesite=strict", header, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", header, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_name_are_refused_alike_and_five_wrong_passwords_lock_the_account()
    {
        await using var gateway = Gateway();
        using var client = new ConsoleClient(gateway);

        var unknown = await client.SignInAsync("nobody", "agent-wang-dev-password");
        Assert.Equal((HttpStatusCode.Unauthorized, "wrong-credentials"), (unknown.StatusCode, await ConsoleClient.ErrorCodeAsync(unknown)));
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await client.SignInAsync("agent-wang", "guess-" + attempt);
            Assert.Equal((HttpStatusCode.Unauthorized, "wrong-credentials"), (wrong.StatusCode, await ConsoleClient.ErrorCodeAsync(wrong)));
        }

        var fifth = await client.SignInAsync("agent-wang", "guess-5");
        Assert.Equal((HttpStatusCode.Unauthorized, "locked"), (fifth.StatusCode, await ConsoleClient.ErrorCodeAsync(fifth)));
        var correctButLocked = await client.SignInAsync("agent-wang", "agent-wang-dev-password");
        Assert.Equal("locked", await ConsoleClient.ErrorCodeAsync(correctButLocked));
        Assert.NotNull(correctButLocked.Headers.RetryAfter);
        Assert.Equal(JsonValueKind.Null, (await client.SessionAsync()).ValueKind);

        _clock.Advance(TimeSpan.FromMinutes(15));
        await client.SignInOrFailAsync("agent-wang", "agent-wang-dev-password");
    }

    [Fact]
    public async Task Sign_in_and_every_state_changing_call_need_the_antiforgery_token()
    {
        await using var gateway = Gateway();
        using var client = new ConsoleClient(gateway);
        await client.SessionAsync();

        var noToken = await client.PostAsync("agent/api/sign-in", new { userName = "admin", password = "admin-dev-password" }, withToken: false);
        Assert.Equal((HttpStatusCode.BadRequest, "csrf"), (noToken.StatusCode, await ConsoleClient.ErrorCodeAsync(noToken)));

        await client.SignInOrFailAsync("admin", "admin-dev-password");
        var forged = await client.PostAsync("agent/api/admin/accounts", new { userName = "mallory", displayName = "坏人", role = "admin", password = "0123456789abc" }, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var stale = new ConsoleClient(gateway);
        await stale.SessionAsync();
        client.CsrfToken = stale.CsrfToken;
        var foreignToken = await client.PostAsync("agent/api/admin/accounts", new { userName = "mallory", displayName = "坏人", role = "admin", password = "0123456789abc" });
        Assert.Equal(HttpStatusCode.BadRequest, foreignToken.StatusCode);
        stale.Dispose();
        Assert.DoesNotContain((await client.GetJsonAsync("agent/api/admin/accounts")).EnumerateArray(), a => a.GetProperty("userName").GetString() == "mallory");
    }

    [Fact]
    public async Task A_session_slides_while_used_ends_after_the_idle_timeout_and_at_the_absolute_lifetime()
    {
        await using var gateway = Gateway().WithSetting("AgentConsole:IdleTimeout", "00:30:00").WithSetting("AgentConsole:AbsoluteLifetime", "01:00:00");
        using var idle = new ConsoleClient(gateway);
        using var busy = new ConsoleClient(gateway);
        await idle.SignInOrFailAsync("agent-wang", "agent-wang-dev-password");
        await busy.SignInOrFailAsync("agent-li", "agent-li-dev-password");

        _clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("agent/api/groups")).StatusCode);
        _clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(HttpStatusCode.Unauthorized, (await idle.GetAsync("agent/api/groups")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("agent/api/groups")).StatusCode);

        // At 41 minutes the cookie is renewed until 71; the absolute lifetime still ends the session at 60.
        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("agent/api/groups")).StatusCode);
        _clock.Advance(TimeSpan.FromMinutes(18));
        Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("agent/api/groups")).StatusCode);
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await busy.GetAsync("agent/api/groups")).StatusCode);
    }

    [Fact]
    public async Task An_admin_creates_an_agent_and_a_password_reset_ends_the_agents_sessions()
    {
        await using var gateway = Gateway();
        using var admin = new ConsoleClient(gateway);
        using var agent = new ConsoleClient(gateway);
        await admin.SignInOrFailAsync("admin", "admin-dev-password");

        var weak = await admin.PostAsync("agent/api/admin/accounts", new { userName = "wang", displayName = "客服小王", role = "agent", password = "short" });
        Assert.Equal("weak-password", await ConsoleClient.ErrorCodeAsync(weak));
        var created = await admin.PostAsync("agent/api/admin/accounts", new { userName = "Wang", displayName = "客服小王", role = "agent", password = "first-password-1" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var taken = await admin.PostAsync("agent/api/admin/accounts", new { userName = "wang", displayName = "又一个", role = "admin", password = "first-password-1" });
        Assert.Equal("user-name-taken", await ConsoleClient.ErrorCodeAsync(taken));

        await agent.SignInOrFailAsync("wang", "first-password-1");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("agent/api/admin/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsync("agent/api/admin/accounts/admin/password", new { password = "taken-over-123" })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync("agent/api/admin/accounts/wang/password", new { password = "second-password-2" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await agent.GetAsync("agent/api/groups")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await agent.SignInAsync("wang", "first-password-1")).StatusCode);
        await agent.SignInOrFailAsync("wang", "second-password-2");
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        await using var gateway = Gateway();
        using var client = new ConsoleClient(gateway);
        await client.SignInOrFailAsync("supervisor", "supervisor-dev-password");

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("agent/api/sign-out")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("agent/api/groups")).StatusCode);
        Assert.Equal(JsonValueKind.Null, (await client.SessionAsync()).ValueKind);
    }

    [Fact]
    public async Task One_address_is_throttled_after_its_attempts_whatever_the_names()
    {
        await using var gateway = Gateway().WithSetting("AgentConsole:SignInAttemptsPerAddress", "3");
        using var client = new ConsoleClient(gateway);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SignInAsync("user" + i, "whatever-password")).StatusCode);
        }

        var throttled = await client.SignInAsync("agent-wang", "agent-wang-dev-password");
        Assert.Equal((HttpStatusCode.TooManyRequests, "throttled"), (throttled.StatusCode, await ConsoleClient.ErrorCodeAsync(throttled)));
        Assert.NotNull(throttled.Headers.RetryAfter);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await client.SignInOrFailAsync("agent-wang", "agent-wang-dev-password");
    }

    [Fact]
    public async Task Configured_accounts_replace_the_demo_accounts_and_operators_get_hashes_for_them()
    {
        var hash = AgentPasswordHasher.Hash("configured-password");
        await using var gateway = Gateway()
            .WithSetting("AgentConsole:Accounts:0:UserName", "zhao")
            .WithSetting("AgentConsole:Accounts:0:DisplayName", "客服小赵")
            .WithSetting("AgentConsole:Accounts:0:Role", "supervisor")
            .WithSetting("AgentConsole:Accounts:0:PasswordHash", hash);
        using var client = new ConsoleClient(gateway);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SignInAsync("agent-wang", "agent-wang-dev-password")).StatusCode);
        await client.SignInOrFailAsync("zhao", "configured-password");
        Assert.Equal("supervisor", (await client.SessionAsync()).GetProperty("role").GetString());

        using var http = gateway.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsJsonAsync("/api/agent-console/password-hash", new { password = "new-password-123" }, Ct)).StatusCode);
        http.DefaultRequestHeaders.Add("X-Api-Key", "test-operator-key-0123456789");
        var made = await (await http.PostAsJsonAsync("/api/agent-console/password-hash", new { password = "new-password-123" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(AgentPasswordHasher.Verify("new-password-123", made.GetProperty("hash").GetString()!));
    }
}
