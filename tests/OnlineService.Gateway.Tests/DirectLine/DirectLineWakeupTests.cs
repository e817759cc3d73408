using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;
using OnlineService.Gateway.Outbox;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests.DirectLine;

/// <summary>
/// Streams and long polls are woken by deliveries, not by reading the store on a timer. The gateway's clock is fake
/// and only moves when a test moves it, so anything that arrives without the clock moving came from a signal.
/// </summary>
public sealed class DirectLineWakeupTests : IDisposable
{
    private readonly TempFolder _data = new();
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(4);
    private readonly TimerWatchingClock _clock = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        _clock.Dispose();
        _data.Dispose();
    }

    [Fact]
    public async Task An_idle_stream_reads_nothing_from_the_store_for_a_minute_and_still_gets_the_next_reply_at_once()
    {
        await using var gateway = CreateGateway();
        using var http = gateway.CreateClient();
        var (conversationId, token, streamUrl) = await StartAsync(http);
        using var socket = await ConnectAsync(gateway, streamUrl);
        await ReceiveGreetingAsync(gateway, socket);
        var metrics = gateway.Services.GetRequiredService<DeliveryMetrics>();
        var readsBefore = StreamReads(metrics);

        for (var i = 0; i < 4; i++)
        {
            // 64 s of idle time in four steps: each step is answered by a keep-alive frame and nothing else.
            _clock.Advance(TimeSpan.FromSeconds(16));
            Assert.Equal("", await ReceiveTextAsync(socket));
        }

        Assert.Equal(readsBefore, StreamReads(metrics));
        var posted = await PostAsync(http, conversationId, token, "你们电话多少");
        await ReceiveUntilAsync(socket, set => HasBotMessage(set, replyTo: posted));
    }

    [Fact]
    public async Task A_poll_that_finds_nothing_is_held_until_a_reply_is_delivered()
    {
        await using var gateway = CreateGateway();
        using var http = gateway.CreateClient();
        var (conversationId, token, _) = await StartAsync(http);
        var watermark = await ReadGreetingAsync(gateway, http, conversationId, token);

        var timers = _clock.TimersCreated(Hold);
        var held = GetActivitiesAsync(http, conversationId, token, watermark);
        await _clock.WaitForTimersAsync(Hold, timers + 1);
        Assert.False(held.IsCompleted);
        var posted = await PostAsync(http, conversationId, token, "你们电话多少");
        var answer = await held.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        // The clock never moved: the poll was answered by the delivery (the resident's own message first).
        Assert.NotEqual(watermark, answer["watermark"]!.GetValue<string>());
        Assert.Contains(answer["activities"]!.AsArray(), a => a!["id"]?.GetValue<string>() == posted);
    }

    [Fact]
    public async Task A_held_poll_answers_nothing_new_when_its_hold_ends()
    {
        await using var gateway = CreateGateway();
        using var http = gateway.CreateClient();
        var (conversationId, token, _) = await StartAsync(http);
        var watermark = await ReadGreetingAsync(gateway, http, conversationId, token);

        var timers = _clock.TimersCreated(Hold);
        var held = GetActivitiesAsync(http, conversationId, token, watermark);
        await _clock.WaitForTimersAsync(Hold, timers + 1);
        _clock.Advance(Hold);
        var answer = await held.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Empty(answer["activities"]!.AsArray());
        Assert.Equal(watermark, answer["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_delivery_by_another_replica_reaches_the_stream_through_the_store_change_feed()
    {
        var feed = new QueueChangeFeed();
        await using var gateway = CreateGateway(services => services.AddSingleton<IStoreChangeFeed>(feed));
        using var http = gateway.CreateClient();
        var (conversationId, _, streamUrl) = await StartAsync(http);
        using var socket = await ConnectAsync(gateway, streamUrl);
        await ReceiveGreetingAsync(gateway, socket);

        // Another replica delivered an agent's message: it is in the shared transcript, and only the feed says so.
        var transcript = gateway.Services.GetRequiredService<ITranscriptStore>();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "other-replica-1",
            ChannelId = "directline",
            Conversation = new ConversationAccount(conversationId),
            From = new ChannelAccount("heating-bot", "在线客服", "bot"),
            Text = "您好，我是客服王芳。",
        };
        await transcript.AppendAsync(conversationId, ActivityJson.Serialize(activity), _clock.GetUtcNow(), TestContext.Current.CancellationToken);
        feed.Publish(new StoreChange(StoreChangeKind.TranscriptAppended, conversationId));

        await ReceiveUntilAsync(socket, set => set.Contains("other-replica-1", StringComparison.Ordinal));
    }

    private GatewayFactory CreateGateway(Action<IServiceCollection>? services = null)
    {
        var factory = new GatewayFactory(_data.Path) { Clock = _clock }
            .WithSetting("DirectLine:Secret", LiveGateway.Secret)
            .WithSetting("DirectLine:ActivitiesLongPoll", "00:00:04")
            .WithSetting("DirectLine:UploadsPath", Path.Combine(_data.Path, "uploads"));
        return services is null ? factory : factory.WithServices(services);
    }

    private static async Task<(string ConversationId, string Token, string StreamUrl)> StartAsync(HttpClient http)
    {
        using var response = await DirectLineClient.SendAsync(http, HttpMethod.Post, "v3/directline/conversations", LiveGateway.Secret, new { user = new { id = "wakeup-user" } });
        response.EnsureSuccessStatusCode();
        var body = await DirectLineClient.ReadObjectAsync(response);
        return (body["conversationId"]!.GetValue<string>(), body["token"]!.GetValue<string>(), body["streamUrl"]!.GetValue<string>());
    }

    private static async Task<string> PostAsync(HttpClient http, string conversationId, string token, string text)
    {
        using var response = await DirectLineClient.SendAsync(http, HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token, new { type = "message", text });
        response.EnsureSuccessStatusCode();
        return (await DirectLineClient.ReadObjectAsync(response))["id"]!.GetValue<string>();
    }

    private static async Task<JsonObject> GetActivitiesAsync(HttpClient http, string conversationId, string token, string watermark)
    {
        using var response = await DirectLineClient.SendAsync(http, HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);
        response.EnsureSuccessStatusCode();
        return await DirectLineClient.ReadObjectAsync(response);
    }

    /// <summary>Reads the whole greeting (every reply of the start's turn) from the polls; returns the watermark after it.</summary>
    private static async Task<string> ReadGreetingAsync(GatewayFactory gateway, HttpClient http, string conversationId, string token)
    {
        var greeting = new GreetingTracker(gateway);
        var watermark = "";
        while (!await greeting.IsCompleteAsync())
        {
            var page = await GetActivitiesAsync(http, conversationId, token, watermark);
            greeting.Add(page);
            watermark = page["watermark"]!.GetValue<string>();
        }

        return watermark;
    }

    /// <summary>Receives until every reply of the start's turn has arrived on the stream.</summary>
    private static async Task ReceiveGreetingAsync(GatewayFactory gateway, WebSocket socket)
    {
        var greeting = new GreetingTracker(gateway);
        while (!await greeting.IsCompleteAsync())
        {
            if (await ReceiveTextAsync(socket) is { Length: > 0 } set)
            {
                greeting.Add(JsonNode.Parse(set)!.AsObject());
            }
        }
    }

    private static long StreamReads(DeliveryMetrics metrics) => metrics.Totals().GetValueOrDefault(DeliveryMetrics.DirectLineStream);

    private static async Task<WebSocket> ConnectAsync(GatewayFactory gateway, string streamUrl)
    {
        var client = gateway.Server.CreateWebSocketClient();
        return await client.ConnectAsync(new Uri(streamUrl), TestContext.Current.CancellationToken);
    }

    private static async Task<string> ReceiveTextAsync(WebSocket socket)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, deadline.Token);
            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    private static async Task ReceiveUntilAsync(WebSocket socket, Func<string, bool> done)
    {
        while (!done(await ReceiveTextAsync(socket)))
        {
        }
    }

    private static bool HasBotMessage(string activitySet, string? replyTo)
    {
        if (activitySet.Length == 0)
        {
            return false;
        }

        return JsonNode.Parse(activitySet)!["activities"]!.AsArray().Any(a =>
            a!["type"]?.GetValue<string>() == "message" && a["from"]?["role"]?.GetValue<string>() == "bot"
            && (replyTo is null || a["replyToId"]?.GetValue<string>() == replyTo));
    }

    /// <summary>
    /// Knows when the greeting is complete: its replies are the outbox rows of the start's inbound message, whose ids
    /// are the inbound id plus <c>-r0</c>, <c>-r1</c>…
    /// </summary>
    private sealed class GreetingTracker(GatewayFactory gateway)
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private string? _inboundId;

        public void Add(JsonObject activitySet)
        {
            foreach (var activity in activitySet["activities"]!.AsArray())
            {
                if (activity!["type"]?.GetValue<string>() == "message" && activity["from"]?["role"]?.GetValue<string>() == "bot"
                    && activity["id"]?.GetValue<string>() is { } id && id.LastIndexOf("-r", StringComparison.Ordinal) is var marker && marker > 0)
                {
                    _inboundId ??= id[..marker];
                    _seen.Add(id);
                }
            }
        }

        public async Task<bool> IsCompleteAsync()
        {
            if (_inboundId is null)
            {
                return false;
            }

            var replies = await gateway.Services.GetRequiredService<IOutboxStore>().ListForInboundAsync(_inboundId, TestContext.Current.CancellationToken);
            return replies.Count > 0 && replies.All(r => _seen.Contains(r.Id));
        }
    }

    /// <summary>A store change feed the test publishes to, as a store's change stream would.</summary>
    private sealed class QueueChangeFeed : IStoreChangeFeed
    {
        private readonly Channel<StoreChange> _changes = Channel.CreateUnbounded<StoreChange>();

        public void Publish(StoreChange change) => _changes.Writer.TryWrite(change);

        public IAsyncEnumerable<StoreChange> WatchAsync(CancellationToken cancellationToken) => _changes.Reader.ReadAllAsync(cancellationToken);
    }
}
