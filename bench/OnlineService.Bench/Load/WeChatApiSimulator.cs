using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OnlineService.Bench.Load;

/// <summary>
/// The part of api.weixin.qq.com the gateway calls while answering pushes: <c>cgi-bin/stable_token</c>,
/// <c>message/custom/send</c> and <c>message/custom/typing</c>, always succeeding, on loopback. It counts the
/// customer-service messages per resident, so the audit can tell a reply sent twice. (The test suite's simulator in
/// tests/…/WeChat/Simulator models the platform's limits; a benchmark wants the cheapest faithful answer instead.)
/// </summary>
public sealed class WeChatApiSimulator : IAsyncDisposable
{
    private const string AccessToken = "bench-access-token";
    private readonly WebApplication _app;
    private long _sends;
    private long _typings;

    private WeChatApiSimulator(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public long CustomerServiceSends => Interlocked.Read(ref _sends);

    public long TypingCalls => Interlocked.Read(ref _typings);

    public static async Task<WeChatApiSimulator> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var simulator = new WeChatApiSimulator(app);
        app.MapPost("/cgi-bin/stable_token", () => Results.Json(new { access_token = AccessToken, expires_in = 7200 }));
        app.MapPost("/cgi-bin/message/custom/send", simulator.SendAsync);
        app.MapPost("/cgi-bin/message/custom/typing", simulator.TypingAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        simulator.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return simulator;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> SendAsync(HttpRequest request, string? access_token)
    {
        if (access_token != AccessToken)
        {
            return Results.Json(new { errcode = 40001, errmsg = "invalid credential" });
        }

        using var body = await JsonDocument.ParseAsync(request.Body);
        if (!body.RootElement.TryGetProperty("touser", out var user) || user.GetString() is not { Length: > 0 })
        {
            return Results.Json(new { errcode = 40003, errmsg = "invalid openid" });
        }

        Interlocked.Increment(ref _sends);
        return Results.Json(new { errcode = 0, errmsg = "ok" });
    }

    private async Task<IResult> TypingAsync(HttpRequest request, string? access_token)
    {
        await request.Body.CopyToAsync(Stream.Null);
        Interlocked.Increment(ref _typings);
        return access_token == AccessToken
            ? Results.Json(new { errcode = 0, errmsg = "ok" })
            : Results.Json(new { errcode = 40001, errmsg = "invalid credential" });
    }
}
