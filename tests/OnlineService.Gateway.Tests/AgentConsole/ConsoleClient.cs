using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests.AgentConsole;

/// <summary>
/// A browser's view of the console API: its own cookie jar (session + antiforgery cookies) and the antiforgery token
/// the page would hold, sent on every state-changing call as the page does.
/// </summary>
public sealed class ConsoleClient : IDisposable
{
    private readonly HttpClient _http;

    /// <summary>A client of a gateway on a real port (Kestrel).</summary>
    public ConsoleClient(Uri baseAddress)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>A client of an in-process gateway (TestServer), with its own cookie jar.</summary>
    public ConsoleClient(GatewayFactory factory)
    {
        Cookies = new CookieContainer();
        var handler = new CookieContainerHandler(Cookies) { InnerHandler = factory.Server.CreateHandler() };
        _http = new HttpClient(handler) { BaseAddress = new Uri("http://localhost/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public CookieContainer Cookies { get; }

    /// <summary>The antiforgery token from the last session or sign-in answer.</summary>
    public string? CsrfToken { get; set; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>GET /agent/api/session: the signed-in user (or null) and a fresh antiforgery token.</summary>
    public async Task<JsonElement> SessionAsync()
    {
        var body = await (await _http.GetAsync(new Uri("agent/api/session", UriKind.Relative), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        CsrfToken = body.GetProperty("csrfToken").GetString();
        return body.GetProperty("user");
    }

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        await SessionAsync();
        var response = await PostAsync("agent/api/sign-in", new { userName, password });
        if (response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            CsrfToken = body.GetProperty("csrfToken").GetString();
        }

        return response;
    }

    /// <summary>Signs in and fails the test unless it worked.</summary>
    public async Task SignInOrFailAsync(string userName, string password)
    {
        var response = await SignInAsync(userName, password);
        Assert.True(response.IsSuccessStatusCode, $"sign-in of {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(new Uri(path, UriKind.Relative), Ct);

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null, bool withToken = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = JsonContent.Create(body ?? new { }),
        };
        if (withToken && CsrfToken is not null)
        {
            request.Headers.Add("RequestVerificationToken", CsrfToken);
        }

        return _http.SendAsync(request, Ct);
    }

    /// <summary>Posts raw bytes with a media type, as the page sends an image.</summary>
    public Task<HttpResponseMessage> PostBytesAsync(string path, byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Add("RequestVerificationToken", CsrfToken);
        return _http.SendAsync(request, Ct);
    }

    public static async Task<string?> ErrorCodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).TryGetProperty("error", out var code) ? code.GetString() : null;

    public void Dispose() => _http.Dispose();
}
