using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using OnlineService.Gateway.AgentConsole;
using OnlineService.Gateway.AgentConsole.Content;
using OnlineService.Gateway.AgentConsole.Desk;
using OnlineService.Gateway.AgentConsole.Identity;

namespace Microsoft.Extensions.Hosting;

public static class AgentConsoleHostingExtensions
{
    /// <summary>
    /// The agent console (section <c>AgentConsole</c>): accounts seeded at start, cookie sessions with sliding and
    /// absolute expiry, antiforgery tokens, sign-in throttling and lockout, the console's content, and the desk API's
    /// helpers. The desk itself (<c>IAgentDesk</c>) is registered by the handoff engine.
    /// </summary>
    public static WebApplicationBuilder AddAgentConsole(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AgentConsoleOptions>().BindConfiguration(AgentConsoleOptions.SectionName)
            .Validate(o => o.IdleTimeout > TimeSpan.Zero && o.AbsoluteLifetime >= o.IdleTimeout,
                "AgentConsole:IdleTimeout must be positive and AgentConsole:AbsoluteLifetime at least as long (e.g. 00:30:00 and 10:00:00).")
            .Validate(o => o.MaxFailedSignIns > 0 && o.LockoutDuration > TimeSpan.Zero && o.SignInAttemptsPerAddress > 0 && o.SignInWindow > TimeSpan.Zero,
                "AgentConsole:MaxFailedSignIns, LockoutDuration, SignInAttemptsPerAddress and SignInWindow must be positive.")
            .ValidateOnStart();

        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<AgentSignIn>();
        services.AddSingleton<AgentAccountAdmin>();
        services.AddSingleton<AgentCookieEvents>();
        services.AddSingleton<ConsoleContent>();
        services.AddSingleton<DeskAccess>();
        services.AddSingleton<ConversationAccessAudit>();
        services.AddSingleton<AgentMediaStore>();
        services.AddHostedService<AgentAccountSeeder>();
        services.AddDocumentedDefault("AgentConsole:Accounts (demo passwords)", AgentDemoPasswords.AreInUseAsync);
        services.AddAntiforgery();

        services.AddAuthentication().AddCookie(AgentConsolePolicies.Scheme, cookie =>
        {
            cookie.Cookie.Name = AgentConsolePolicies.CookieName;
            cookie.Cookie.Path = "/agent";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.SlidingExpiration = true;
            cookie.EventsType = typeof(AgentCookieEvents);
        });
        services.AddOptions<CookieAuthenticationOptions>(AgentConsolePolicies.Scheme)
            .Configure<IOptions<AgentConsoleOptions>>((cookie, console) => cookie.ExpireTimeSpan = console.Value.IdleTimeout);

        services.AddAuthorizationBuilder()
            .AddPolicy(AgentConsolePolicies.Staff, policy => policy
                .AddAuthenticationSchemes(AgentConsolePolicies.Scheme)
                .RequireAuthenticatedUser()
                .RequireRole(AgentRoles.All))
            .AddPolicy(AgentConsolePolicies.Supervisor, policy => policy
                .AddAuthenticationSchemes(AgentConsolePolicies.Scheme)
                .RequireRole(AgentRoles.Supervisor, AgentRoles.Admin))
            .AddPolicy(AgentConsolePolicies.Admin, policy => policy
                .AddAuthenticationSchemes(AgentConsolePolicies.Scheme)
                .RequireRole(AgentRoles.Admin));
        return builder;
    }

    /// <summary>The console pages at <c>/agent/</c> and its API under <c>/agent/api</c>.</summary>
    public static WebApplication MapAgentConsole(this WebApplication app)
    {
        // Read the console's content now, so a broken release fails at start rather than at an agent's first click.
        _ = app.Services.GetRequiredService<ConsoleContent>().Current;

        ConsolePages.Map(app);
        var anonymous = app.MapGroup("/agent/api");
        var api = app.MapGroup("/agent/api").RequireAuthorization(AgentConsolePolicies.Staff);
        SessionEndpoints.Map(anonymous);
        AccountEndpoints.Map(api, app);
        DeskEndpoints.Map(api, anonymous);
        TicketEndpoints.Map(api);
        DeskEventStream.Map(api);
        return app;
    }
}
