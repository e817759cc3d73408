using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace OnlineService.Gateway.Tests.Hosting;

/// <summary>
/// Starts the real gateway (Program) on a data folder of the test's choosing. Two factories over one data folder,
/// one after the other, are a restarted gateway; <see cref="WebApplicationFactory{T}.UseKestrel()"/> puts it on a real
/// loopback port for peers outside the process (node clients, Chromium).
/// </summary>
public sealed class GatewayFactory(string dataDirectory) : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Storage:Sqlite:Path"] = Path.Combine(dataDirectory, "gateway.db"),
        ["Dialogs:WatchContent"] = "false",
        ["Utility:CompanyName"] = "测试热力",
        ["Utility:Hotline"] = "96069",
        ["Utility:HotlineHours"] = "全天",
        ["Operators:ApiKeys:0"] = "test-operator-key-0123456789",
        ["Outbox:PollInterval"] = "00:00:00.100",
    };

    private readonly List<Action<IServiceCollection>> _services = [];

    public string DataDirectory { get; } = dataDirectory;

    /// <summary>The host environment; Testing (which, like Development, accepts the documented defaults) unless set.</summary>
    public string Environment { get; init; } = "Testing";

    /// <summary>When set, the gateway's clock; otherwise the system clock.</summary>
    public FakeTimeProvider? Clock { get; init; }

    /// <summary>
    /// Starts gateways from <paramref name="create"/> and returns the start-up failure. Every attempt must fail; a
    /// failure that surfaces only as <see cref="ObjectDisposedException"/> is the known WebApplicationFactory race
    /// (dotnet/aspnetcore#40271: the entry point disposes the failed host while the factory still reads it) and
    /// hides the real error, so the start is tried again, up to 5 times.
    /// </summary>
    public static async Task<Exception> StartFailureAsync(Func<GatewayFactory> create)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var gateway = create();
            var error = Assert.ThrowsAny<Exception>(() => gateway.CreateClient());
            if (error is not ObjectDisposedException || attempt == 5)
            {
                return error;
            }
        }
    }

    public GatewayFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public GatewayFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureServices(services =>
        {
            if (Clock is { } clock)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(clock);
            }

            foreach (var configure in _services)
            {
                configure(services);
            }
        });
    }
}
