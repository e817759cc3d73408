using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests.DirectLine;

/// <summary>The real gateway on a loopback port, for peers outside the process (node's directlinejs, Chromium).</summary>
public sealed class LiveGateway : IAsyncDisposable
{
    public const string Secret = "test-directline-secret-0123456789-abcdefghij";

    private LiveGateway(GatewayFactory factory, Uri baseAddress)
    {
        Factory = factory;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public GatewayFactory Factory { get; }

    /// <summary>e.g. http://127.0.0.1:41234/</summary>
    public Uri BaseAddress { get; }

    /// <summary>The clients' <c>domain</c>: the base address plus /v3/directline, without a trailing slash.</summary>
    public string Domain => new Uri(BaseAddress, "v3/directline").ToString();

    public HttpClient Http { get; }

    public IServiceProvider Services => Factory.Services;

    public static LiveGateway Start(string dataDirectory, Action<GatewayFactory>? configure = null, int port = 0)
    {
        var factory = new GatewayFactory(dataDirectory)
            .WithSetting("DirectLine:Secret", Secret)
            .WithSetting("DirectLine:UploadsPath", Path.Combine(dataDirectory, "uploads"));
        configure?.Invoke(factory);
        factory.UseKestrel(port);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var uri = new UriBuilder(address) { Host = "127.0.0.1", Path = "/" }.Uri;
        return new LiveGateway(factory, uri);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Factory.DisposeAsync();
    }
}
