using Microsoft.Extensions.Logging.Console;
using OnlineService.Gateway.Hosting;
using OnlineService.Gateway.Logging;

namespace Microsoft.Extensions.Hosting;

public static class GatewayHostingExtensions
{
    /// <summary>The address used when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> names one: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>
    /// Listening address, configuration sources, masked structured logs, the clock and graceful shutdown.
    /// </summary>
    public static WebApplicationBuilder AddGatewayHosting(this WebApplicationBuilder builder)
    {
        // Every setting can also come from ONLINESERVICE_-prefixed variables (ONLINESERVICE_Storage__Provider=Mongo),
        // besides the unprefixed ones ASP.NET Core already reads.
        builder.Configuration.AddEnvironmentVariables("ONLINESERVICE_");
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.FormatterName = MaskingJsonConsoleFormatter.FormatterName);
        builder.Logging.AddConsoleFormatter<MaskingJsonConsoleFormatter, ConsoleFormatterOptions>();

        // Turns in flight are finished on shutdown; this bounds how long that may take.
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(20));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<GatewayInstance>();
        // First of the hosted services: nothing listens or seeds before the documented defaults are checked.
        builder.Services.AddHostedService<DocumentedDefaultsGuard>();
        builder.Services.AddGatewayHealthChecks();
        return builder;
    }
}
