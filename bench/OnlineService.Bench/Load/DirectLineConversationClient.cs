using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace OnlineService.Bench.Load;

/// <summary>
/// One resident in web chat as directlinejs does it: starts a conversation with the secret (as a page's backend
/// would, then uses the conversation token), opens the WebSocket stream, posts a message and waits for the bot's
/// reply to it on the stream.
/// </summary>
public sealed class DirectLineConversationClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _replies = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _closing = new();
    private string _conversationId = "";
    private string _token = "";
    private Task _receiving = Task.CompletedTask;

    /// <summary>Activities that arrived twice on this stream (the watermark must prevent it).</summary>
    public int Duplicates { get; private set; }

    public async Task OpenAsync(HttpClient http, string secret, string userId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations")
        {
            Content = JsonContent.Create(new { user = new { id = userId } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var started = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        _conversationId = started.RootElement.GetProperty("conversationId").GetString()!;
        _token = started.RootElement.GetProperty("token").GetString()!;
        _socket.Options.KeepAliveInterval = Timeout.InfiniteTimeSpan;
        await _socket.ConnectAsync(new Uri(started.RootElement.GetProperty("streamUrl").GetString()!), cancellationToken);
        _receiving = ReceiveAsync(_closing.Token);
    }

    /// <summary>Posts <paramref name="text"/> and returns the time until the bot's reply to it arrived on the stream.</summary>
    public async Task<TimeSpan> AskAsync(HttpClient http, string text, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{_conversationId}/activities")
        {
            Content = JsonContent.Create(new { type = "message", text, locale = "zh-CN" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var posted = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var id = posted.RootElement.GetProperty("id").GetString()!;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            lock (_gate)
            {
                if (_replies.TryGetValue(id, out var arrived))
                {
                    return Stopwatch.GetElapsedTime(started, arrived);
                }
            }

            await _arrived.WaitAsync(deadline.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The gateway is gone already.
        }

        await _closing.CancelAsync();
        await _receiving;
        _socket.Dispose();
        _closing.Dispose();
        _arrived.Dispose();
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var received = await _socket.ReceiveAsync(buffer, cancellationToken);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                if (message.Length > 0)
                {
                    Read(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
                }

                message.SetLength(0);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // Closed.
        }
    }

    private void Read(string activitySet)
    {
        var arrived = Stopwatch.GetTimestamp();
        using var set = JsonDocument.Parse(activitySet);
        foreach (var activity in set.RootElement.GetProperty("activities").EnumerateArray())
        {
            var id = activity.TryGetProperty("id", out var idValue) ? idValue.GetString() : null;
            var type = activity.TryGetProperty("type", out var typeValue) ? typeValue.GetString() : null;
            lock (_gate)
            {
                if (type != "typing" && id is not null && !_seen.Add(id))
                {
                    Duplicates++;
                    continue;
                }

                if (type == "message" && activity.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() is { } replyToId
                    && activity.TryGetProperty("from", out var from) && from.TryGetProperty("role", out var role) && role.GetString() == "bot")
                {
                    _replies.TryAdd(replyToId, arrived);
                }
            }
        }

        _arrived.Release();
    }
}
