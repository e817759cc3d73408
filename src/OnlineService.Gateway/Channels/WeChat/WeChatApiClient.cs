using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>
/// The raw HTTP calls of the WeChat API (typed <see cref="HttpClient"/>, base address <see cref="WeChatOptions.ApiBaseUrl"/>).
/// Callers normally go through <see cref="WeChatApi"/>, which adds the access token and its refetch-once rule.
/// </summary>
public sealed class WeChatApiClient(HttpClient http, IOptions<WeChatOptions> options)
{
    public const string StableTokenPath = "cgi-bin/stable_token";
    public const string OAuthAccessTokenPath = "sns/oauth2/access_token";

    /// <summary>
    /// <c>POST cgi-bin/stable_token</c> in normal mode: the platform's current token, shared by every caller of the
    /// account (a forced refresh would invalidate the others' tokens, so it is never used here).
    /// </summary>
    public async Task<WeChatAccessToken> FetchStableTokenAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var body = new { grant_type = "client_credential", appid = settings.AppId, secret = settings.AppSecret, force_refresh = false };
        using var response = await http.PostAsJsonAsync(StableTokenPath, body, cancellationToken);
        var result = await ReadAsync(response, cancellationToken);
        if (!result.IsOk || !result.Body.TryGetProperty("access_token", out var token) || token.GetString() is not { Length: > 0 } value)
        {
            throw new WeChatApiException(
                $"WeChat refused the access token ({result}). Check WeChat:AppId, WeChat:AppSecret and that this server's IP is in the console's IP whitelist (40164).",
                result.ErrCode);
        }

        var seconds = result.Body.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var s) ? s : 7200;
        return new WeChatAccessToken(value, now.AddSeconds(seconds));
    }

    /// <summary>POSTs a JSON body to <paramref name="path"/> with the access token in the query.</summary>
    public async Task<WeChatApiResult> PostAsync(string path, string json, string accessToken, CancellationToken cancellationToken = default)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync($"{path}?access_token={Uri.EscapeDataString(accessToken)}", content, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    /// <summary><c>GET sns/oauth2/access_token</c>: exchanges an OAuth <c>code</c> (single use, ~5 min) for the OpenID.</summary>
    public async Task<WeChatApiResult> ExchangeOAuthCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var query = string.Create(CultureInfo.InvariantCulture,
            $"{OAuthAccessTokenPath}?appid={Uri.EscapeDataString(settings.AppId ?? "")}&secret={Uri.EscapeDataString(settings.AppSecret ?? "")}&code={Uri.EscapeDataString(code)}&grant_type=authorization_code");
        using var response = await http.GetAsync(query, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    private static async Task<WeChatApiResult> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // WeChat answers 200 with an errcode; anything else is a gateway or network failure worth a retry.
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"WeChat answered HTTP {(int)response.StatusCode}.", null, response.StatusCode);
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            return WeChatApiResult.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new HttpRequestException("WeChat answered with something that is not JSON.", ex);
        }
    }
}
