using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests.DirectLine;

/// <summary>The REST surface at the HTTP level: authorisation, conversation isolation, CORS, rate limits, uploads.</summary>
public sealed class DirectLineApiTests : IDisposable
{
    /// <summary>The headers directlinejs and rxjs send (research §1.2).</summary>
    private static readonly string[] ClientHeaders = ["authorization", "content-type", "x-ms-bot-agent", "x-requested-with"];

    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Generating_a_token_needs_the_secret()
    {
        await using var gateway = LiveGateway.Start(_data.Path);
        var (_, token) = await DirectLineClient.GenerateAsync(gateway.Http);

        using var anonymous = await DirectLineClient.SendAsync(gateway.Http, HttpMethod.Post, "v3/directline/tokens/generate", bearer: null);
        using var wrongSecret = await DirectLineClient.SendAsync(gateway.Http, HttpMethod.Post, "v3/directline/tokens/generate", "not-the-secret");
        using var withToken = await DirectLineClient.SendAsync(gateway.Http, HttpMethod.Post, "v3/directline/tokens/generate", token);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withToken.StatusCode);
    }

    [Fact]
    public async Task Start_is_201_then_200_and_the_stream_url_is_an_absolute_websocket_url()
    {
        await using var gateway = LiveGateway.Start(_data.Path);
        var (conversationId, token) = await DirectLineClient.GenerateAsync(gateway.Http);

        using var first = await DirectLineClient.SendAsync(gateway.Http, HttpMethod.Post, "v3/directline/conversations", token, new { user = new { } });
        using var again = await DirectLineClient.SendAsync(gateway.Http, HttpMethod.Post, "v3/directline/conversations", token);
        var body = await DirectLineClient.ReadObjectAsync(first);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(conversationId, body["conversationId"]!.GetValue<string>());
        Assert.StartsWith($"ws://127.0.0.1:{gateway.BaseAddress.Port}/v3/directline/conversations/{conversationId}/stream?", body["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1800, body["expires_in"]!.GetValue<int>());
    }

    [Fact]
    public async Task Refresh_works_without_a_body_or_content_type()
    {
        await using var gateway = LiveGateway.Start(_data.Path);
        var (conversationId, token) = await DirectLineClient.GenerateAsync(gateway.Http);

        using var response = await DirectLineClient.SendAsync(gateway.Http, HttpMethod.Post, "v3/directline/tokens/refresh", token);
        var body = await DirectLineClient.ReadObjectAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(conversationId, body["conversationId"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["token"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Nobody_reads_another_conversation_and_unknown_conversations_are_404()
    {
        await using var gateway = LiveGateway.Start(_data.Path);
        var (alice, aliceToken) = await DirectLineClient.GenerateAsync(gateway.Http);
        var (_, bobToken) = await DirectLineClient.GenerateAsync(gateway.Http);
        (await DirectLineClient.SendAsync(gateway.Http, HttpMethod.Post, "v3/directline/conversations", aliceToken)).EnsureSuccessStatusCode();

        using var bobReads = await DirectLineClient.SendAsync(gateway.Http, HttpMethod.Get, $"v3/directline/conversations/{alice}/activities", bobToken);
        using var bobPosts = await DirectLineClient.SendAsync(gateway.Http, HttpMethod.Post, $"v3/directline/conversations/{alice}/activities", bobToken, new { type = "message", text = "hi" });
        using var unknown = await DirectLineClient.SendAsync(gateway.Http, HttpMethod.Get, "v3/directline/conversations/no-such-conversation/activities", LiveGateway.Secret);
        using var notStarted = await DirectLineClient.SendAsync(gateway.Http, HttpMethod.Get, $"v3/directline/conversations/{alice}x", LiveGateway.Secret);

        Assert.Equal(HttpStatusCode.Forbidden, bobReads.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, bobPosts.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notStarted.StatusCode);
    }

    [Fact]
    public async Task A_retried_post_with_the_same_client_activity_id_is_one_activity()
    {
        await using var gateway = LiveGateway.Start(_data.Path);
        var (conversationId, token) = await StartAsync(gateway);
        var activity = new { type = "message", text = "发票", from = new { id = "someone-else" }, channelData = new { clientActivityID = "retry-me" } };

        var first = await PostAsync(gateway, conversationId, token, activity);
        var retry = await PostAsync(gateway, conversationId, token, activity);

        Assert.Equal(first, retry);
        var history = await DirectLineClient.WaitForHistoryAsync(gateway.Http, conversationId, token,
            h => h.Any(a => a!["replyToId"]?.GetValue<string>() == first));
        var echo = Assert.Single(history, a => a!["text"]?.GetValue<string>() == "发票");
        Assert.StartsWith("dl_", echo!["from"]!["id"]!.GetValue<string>(), StringComparison.Ordinal); // the token's user, not the body's
    }

    [Fact]
    public async Task Cors_preflight_allows_the_configured_origin_with_the_clients_headers()
    {
        await using var gateway = LiveGateway.Start(_data.Path, f => f.WithSetting("DirectLine:AllowedOrigins:0", "https://www.example-heat.cn"));
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "v3/directline/conversations");
        preflight.Headers.Add("Origin", "https://www.example-heat.cn");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");
        using var foreign = new HttpRequestMessage(HttpMethod.Options, "v3/directline/conversations");
        foreign.Headers.Add("Origin", "https://evil.example");
        foreign.Headers.Add("Access-Control-Request-Method", "POST");

        using var allowed = await gateway.Http.SendAsync(preflight, TestContext.Current.CancellationToken);
        using var refused = await gateway.Http.SendAsync(foreign, TestContext.Current.CancellationToken);

        Assert.Equal("https://www.example-heat.cn", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var headers = string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.All(ClientHeaders, h => Assert.Contains(h, headers, StringComparison.Ordinal));
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));

        var (conversationId, token) = await DirectLineClient.GenerateAsync(gateway.Http);
        using var get = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        get.Headers.Add("Origin", "https://www.example-heat.cn");
        get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var actual = await gateway.Http.SendAsync(get, TestContext.Current.CancellationToken);
        Assert.Contains("Retry-After", string.Join(",", actual.Headers.GetValues("Access-Control-Expose-Headers")), StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(conversationId);
    }

    [Fact]
    public async Task Too_many_posts_in_one_conversation_get_429_with_retry_after_in_milliseconds()
    {
        await using var gateway = LiveGateway.Start(_data.Path, f => f
            .WithSetting("DirectLine:RateLimitPermits", "3")
            .WithSetting("DirectLine:RateLimitWindow", "00:01:00"));
        var (conversationId, token) = await StartAsync(gateway);
        var (other, otherToken) = await StartAsync(gateway);

        for (var i = 0; i < 3; i++)
        {
            await PostAsync(gateway, conversationId, token, new { type = "message", text = $"消息{i}" });
        }

        using var limited = await DirectLineClient.SendAsync(gateway.Http, HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token, new { type = "message", text = "再来" });
        var otherId = await PostAsync(gateway, other, otherToken, new { type = "message", text = "你好" });

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfterMs = long.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfterMs, 1_000, 60_000);
        Assert.NotNull(otherId);
    }

    [Fact]
    public async Task An_upload_is_stored_and_served_back_by_a_signed_url_and_limits_apply()
    {
        await using var gateway = LiveGateway.Start(_data.Path, f => f.WithSetting("DirectLine:MaxUploadBytes", "1024"));
        var (conversationId, token) = await StartAsync(gateway);
        var picture = Enumerable.Range(0, 600).Select(i => (byte)i).ToArray();

        using var upload = await UploadAsync(gateway, conversationId, token, picture, "image/png", "暖气片.png");
        var id = (await DirectLineClient.ReadObjectAsync(upload))["id"]!.GetValue<string>();
        var history = await DirectLineClient.WaitForHistoryAsync(gateway.Http, conversationId, token, h => h.Any(a => a!["id"]!.GetValue<string>() == id));
        var attachment = history.Single(a => a!["id"]!.GetValue<string>() == id)!["attachments"]![0]!;
        var url = attachment["contentUrl"]!.GetValue<string>();
        using var download = await gateway.Http.GetAsync(new Uri(url), TestContext.Current.CancellationToken);
        using var tampered = await gateway.Http.GetAsync(new Uri(url[..^3] + "AAA"), TestContext.Current.CancellationToken);
        using var tooBig = await UploadAsync(gateway, conversationId, token, new byte[2048], "image/png", "big.png");
        using var wrongType = await UploadAsync(gateway, conversationId, token, picture, "application/x-msdownload", "virus.exe");

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal("image/png", attachment["contentType"]!.GetValue<string>());
        Assert.Equal("暖气片.png", attachment["name"]!.GetValue<string>());
        Assert.Equal(picture, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
    }

    private static async Task<(string ConversationId, string Token)> StartAsync(LiveGateway gateway)
    {
        var (conversationId, token) = await DirectLineClient.GenerateAsync(gateway.Http);
        (await DirectLineClient.SendAsync(gateway.Http, HttpMethod.Post, "v3/directline/conversations", token)).EnsureSuccessStatusCode();
        return (conversationId, token);
    }

    private static async Task<string> PostAsync(LiveGateway gateway, string conversationId, string token, object activity)
    {
        using var response = await DirectLineClient.SendAsync(gateway.Http, HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token, activity);
        response.EnsureSuccessStatusCode();
        return (await DirectLineClient.ReadObjectAsync(response))["id"]!.GetValue<string>();
    }

    /// <summary>The multipart shape directlinejs sends: an <c>activity</c> blob part and one <c>file</c> part per attachment.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(LiveGateway gateway, string conversationId, string token, byte[] bytes, string contentType, string name)
    {
        using var form = new MultipartFormDataContent();
        var activity = new JsonObject { ["type"] = "message", ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = contentType, ["name"] = name }) };
        var activityPart = new ByteArrayContent(Encoding.UTF8.GetBytes(activity.ToJsonString()));
        activityPart.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activityPart, "activity", "blob");
        var filePart = new ByteArrayContent(bytes);
        filePart.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(filePart, "file", name);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/upload?userId=ignored") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await gateway.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
