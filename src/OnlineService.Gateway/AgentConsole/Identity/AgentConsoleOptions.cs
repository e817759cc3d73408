namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>
/// Sign-in and sessions of the agent console. Section <c>AgentConsole</c>:
/// <code>
/// "AgentConsole": {
///   "Accounts": [ { "UserName": "wang", "DisplayName": "客服小王", "Role": "agent", "PasswordHash": "pbkdf2-sha256$…" } ],
///   "IdleTimeout": "00:30:00", "AbsoluteLifetime": "10:00:00",
///   "MaxFailedSignIns": 5, "LockoutDuration": "00:15:00", "SignInAttemptsPerAddress": 20, "SignInWindow": "00:05:00"
/// }
/// </code>
/// With no accounts configured, the embedded default seeds the demo accounts of <see cref="DemoAccounts"/>.
/// </summary>
public sealed class AgentConsoleOptions
{
    public const string SectionName = "AgentConsole";

    /// <summary>Accounts created at start when missing; an existing account is never overwritten from here.</summary>
    public IList<AgentSeedAccount> Accounts { get; } = [];

    /// <summary>A session ends after this long without a request (sliding). Default 30 minutes.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after sign-in whatever the activity. Default 10 hours (one shift).</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(10);

    /// <summary>Wrong passwords in a row that lock an account. Default 5.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account refuses sign-in. Default 15 minutes.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in attempts one client address may make per <see cref="SignInWindow"/>. Default 20.</summary>
    public int SignInAttemptsPerAddress { get; set; } = 20;

    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Where images agents send are kept, relative to the content root. Default <c>data/agent-media</c>.</summary>
    public string MediaPath { get; set; } = "data/agent-media";

    /// <summary>The largest image an agent may send, in bytes. Default 5 MB.</summary>
    public long MaxImageBytes { get; set; } = 5 * 1024 * 1024;
}
