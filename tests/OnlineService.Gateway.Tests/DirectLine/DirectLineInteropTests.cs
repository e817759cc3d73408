using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnlineService.Channels.DirectLine;
using OnlineService.Gateway.Channels.DirectLine;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests.DirectLine;

/// <summary>The official botframework-directlinejs client (in node) against the gateway on a loopback port.</summary>
public sealed class DirectLineInteropTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_official_client_starts_talks_and_reconnects_by_watermark_without_duplicates_or_gaps(bool webSocket)
    {
        NodePeer.SkipUnlessAvailable();
        await using var gateway = LiveGateway.Start(_data.Path);
        var (_, token) = await DirectLineClient.GenerateAsync(gateway.Http, "dl_interop_user");

        var result = await NodePeer.RunAsync(new JsonObject
        {
            ["scenario"] = "conversation",
            ["domain"] = gateway.Domain,
            ["token"] = token,
            ["userId"] = "dl_interop_user",
            ["webSocket"] = webSocket,
        });

        var first = Stored(result["first"]!.AsArray());
        var second = Stored(result["second"]!.AsArray());
        var history = Stored(result["history"]!.AsArray());
        var sentId = result["sentId"]!.GetValue<string>();
        var offlineId = result["offlineId"]!.GetValue<string>();

        // The welcome comes first, before the resident said anything, and replies to nothing the client cannot see.
        var welcome = first[0];
        Assert.Equal("bot", welcome["role"]!.GetValue<string>());
        Assert.Null(welcome["replyToId"]);
        Assert.Contains(first.Take(first.FindIndex(a => Id(a) == sentId)), a => a["role"]!.GetValue<string>() == "bot");

        // The echo: server id, the client's clientActivityID untouched, sender from the token, an ISO-8601 UTC time.
        var echo = Assert.Single(first, a => Id(a) == sentId);
        Assert.Equal("client-1", echo["clientActivityID"]!.GetValue<string>());
        Assert.Equal("dl_interop_user", echo["fromId"]!.GetValue<string>());
        Assert.Equal("user", echo["role"]!.GetValue<string>());
        Assert.Equal(TimeSpan.Zero, DateTimeOffset.Parse(echo["timestamp"]!.GetValue<string>(), CultureInfo.InvariantCulture).Offset);
        Assert.Contains(first, a => a["role"]!.GetValue<string>() == "bot" && a["replyToId"]?.GetValue<string>() == sentId);

        // Reconnecting with the watermark delivers exactly what came after it: the offline message and its replies.
        Assert.Equal(offlineId, Id(second[0]));
        Assert.Contains(second, a => a["role"]!.GetValue<string>() == "bot" && a["replyToId"]?.GetValue<string>() == offlineId);
        Assert.Empty(first.Select(Id).Intersect(second.Select(Id)));
        Assert.Equal(first.Count, first.Select(Id).Distinct().Count());
        Assert.Equal(second.Count, second.Select(Id).Distinct().Count());
        Assert.Equal(history.Select(Id), first.Concat(second).Select(Id));
        Assert.All(history, a => Assert.NotEqual("conversationUpdate", a["type"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_forged_token_fails_to_connect(bool webSocket)
    {
        NodePeer.SkipUnlessAvailable();
        await using var gateway = LiveGateway.Start(_data.Path);
        var (_, token) = await DirectLineClient.GenerateAsync(gateway.Http);
        var parts = token.Split('.');
        var forged = $"{parts[0]}.{parts[1]}.{new string('A', parts[2].Length)}";

        var statuses = await StatusesAsync(gateway, forged, conversationId: null, webSocket);

        Assert.Contains(4, statuses); // FailedToConnect
        Assert.DoesNotContain(2, statuses); // never Online
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_token_that_expires_while_connected_is_reported_as_expired_and_its_post_refused(bool webSocket)
    {
        NodePeer.SkipUnlessAvailable();
        await using var gateway = LiveGateway.Start(_data.Path, factory => factory.WithSetting("DirectLine:TokenLifetime", "00:00:05"));
        var (_, token) = await DirectLineClient.GenerateAsync(gateway.Http, "dl_expiring");

        var result = await NodePeer.RunAsync(new JsonObject
        {
            ["scenario"] = "status",
            ["domain"] = gateway.Domain,
            ["token"] = token,
            ["userId"] = "dl_expiring",
            ["webSocket"] = webSocket,
            ["waitMs"] = 6500,
            ["postText"] = "你好",
        });

        var statuses = result["statuses"]!.AsArray().Select(s => s!.GetValue<int>()).ToList();
        Assert.Contains(2, statuses); // Online while the token was fresh
        Assert.Equal(3, statuses[^1]); // then ExpiredToken
        Assert.Equal("retry", result["postResult"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_403_TokenExpired()
    {
        await using var gateway = LiveGateway.Start(_data.Path);
        var (conversationId, token) = await DirectLineClient.GenerateAsync(gateway.Http, "dl_expired");
        (await DirectLineClient.SendAsync(gateway.Http, HttpMethod.Post, "v3/directline/conversations", token)).EnsureSuccessStatusCode();
        var codec = gateway.Services.GetRequiredService<DirectLineTokens>().Codec;
        var past = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var expired = codec.Sign(new DirectLineToken(conversationId, "dl_expired", past, past.AddMinutes(30)));

        using var response = await DirectLineClient.SendAsync(gateway.Http, HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", expired);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenExpired", (await DirectLineClient.ReadObjectAsync(response))["error"]!["code"]!.GetValue<string>());
    }

    private static async Task<List<int>> StatusesAsync(LiveGateway gateway, string token, string? conversationId, bool webSocket)
    {
        var input = new JsonObject
        {
            ["scenario"] = "status",
            ["domain"] = gateway.Domain,
            ["token"] = token,
            ["webSocket"] = webSocket,
            ["waitMs"] = 2500,
        };
        if (conversationId is not null)
        {
            input["conversationId"] = conversationId;
        }

        var result = await NodePeer.RunAsync(input);
        return [.. result["statuses"]!.AsArray().Select(s => s!.GetValue<int>())];
    }

    /// <summary>The activities that belong to the transcript (typing is ephemeral).</summary>
    private static List<JsonNode> Stored(JsonArray activities) =>
        [.. activities.Where(a => a!["type"]!.GetValue<string>() != "typing").Select(a => a!)];

    private static string Id(JsonNode activity) => activity["id"]!.GetValue<string>();
}
