using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OnlineService.Bench.Load;

/// <summary>
/// The ceiling of the host: Kestrel on loopback answering <c>POST /wechat</c> with a fixed XML body, reading the
/// request body as the gateway must. Driven by the same generator as the gateway, in the same run.
/// </summary>
public sealed class RawKestrelTarget : IAsyncDisposable
{
    private static readonly byte[] FixedReply =
        "<xml><ToUserName><![CDATA[o]]></ToUserName><FromUserName><![CDATA[gh]]></FromUserName><CreateTime>0</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[ok]]></Content></xml>"u8.ToArray();

    private readonly WebApplication _app;

    private RawKestrelTarget(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<RawKestrelTarget> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/wechat", async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            context.Response.ContentType = "application/xml";
            await context.Response.Body.WriteAsync(FixedReply, context.RequestAborted);
        });
        await app.StartAsync();
        var target = new RawKestrelTarget(app);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        target.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return target;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
