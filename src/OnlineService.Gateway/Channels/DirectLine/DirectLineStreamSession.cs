using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Options;
using OnlineService.Channels.DirectLine;
using OnlineService.Gateway.Outbox;

namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>
/// Runs one WebSocket stream: replays the transcript after the stream URL's watermark, then sends each new activity
/// set as a text frame, empty frames as keep-alives, and ignores whatever the client sends (its empty pings).
/// </summary>
public sealed class DirectLineStreamSession(
    DirectLineConversations conversations,
    DirectLineStreamHub hub,
    IOptions<DirectLineOptions> options,
    TimeProvider clock,
    ILogger<DirectLineStreamSession> logger)
{
    public async Task RunAsync(WebSocket socket, string conversationId, long afterSequence, CancellationToken cancellationToken)
    {
        using var session = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var inbox = new DirectLineStreamInbox();
        using var registration = hub.Register(conversationId, inbox);
        var receiving = ReceiveUntilClosedAsync(socket, session);
        try
        {
            await SendLoopAsync(socket, conversationId, afterSequence, inbox, session.Token);
        }
        catch (OperationCanceledException) when (session.IsCancellationRequested)
        {
            // The client left or the gateway is stopping.
        }
        catch (WebSocketException ex)
        {
            logger.LogDebug(ex, "Direct Line stream of {ConversationId} broke.", conversationId);
        }
        finally
        {
            await session.CancelAsync();
            await receiving;
            await CloseAsync(socket);
        }
    }

    private async Task SendLoopAsync(WebSocket socket, string conversationId, long watermark, DirectLineStreamInbox inbox, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        watermark = await SendNewAsync(socket, conversationId, watermark, cancellationToken);
        var lastSent = clock.GetUtcNow();
        var lastRead = lastSent;
        while (!cancellationToken.IsCancellationRequested)
        {
            // Woken by the hub when this replica appends to the conversation; otherwise only the keep-alive is due
            // (and, when configured for replicas without a change feed, the periodic read).
            var wait = settings.KeepAliveInterval - (clock.GetUtcNow() - lastSent);
            if (settings.StreamPollInterval is { } poll)
            {
                wait = Min(wait, poll - (clock.GetUtcNow() - lastRead));
            }

            var woken = await inbox.WaitAsync(wait, clock, cancellationToken);
            var readTranscript = false;
            if (woken)
            {
                while (inbox.Reader.TryRead(out var item))
                {
                    if (item is null)
                    {
                        readTranscript = true;
                    }
                    else
                    {
                        if (readTranscript)
                        {
                            // Keep the order the hub saw: what was stored before this ephemeral set goes out first.
                            watermark = await SendNewAsync(socket, conversationId, watermark, cancellationToken);
                            readTranscript = false;
                        }

                        await SendTextAsync(socket, item, cancellationToken);
                        lastSent = clock.GetUtcNow();
                    }
                }
            }

            if (readTranscript || (settings.StreamPollInterval is { } interval && clock.GetUtcNow() - lastRead >= interval))
            {
                lastRead = clock.GetUtcNow();
                var before = watermark;
                watermark = await SendNewAsync(socket, conversationId, watermark, cancellationToken);
                if (watermark != before)
                {
                    lastSent = clock.GetUtcNow();
                }
            }

            if (clock.GetUtcNow() - lastSent >= settings.KeepAliveInterval)
            {
                await SendTextAsync(socket, "", cancellationToken);
                lastSent = clock.GetUtcNow();
            }
        }
    }

    /// <summary>Sends every transcript entry after <paramref name="watermark"/>; returns the new watermark.</summary>
    private async Task<long> SendNewAsync(WebSocket socket, string conversationId, long watermark, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (activities, last) = await conversations.ReadAfterAsync(conversationId, watermark, DeliveryMetrics.DirectLineStream, cancellationToken);
            if (last == watermark)
            {
                return watermark;
            }

            if (activities.Count > 0)
            {
                await SendTextAsync(socket, DirectLineActivitySet.Write(activities, DirectLineWatermark.Format(last)), cancellationToken);
            }

            watermark = last;
        }
    }

    private static Task SendTextAsync(WebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource session)
    {
        var buffer = new byte[1024];
        try
        {
            while (!session.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, session.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closed or aborted: the session ends either way.
        }

        await session.CancelAsync();
    }

    private static async Task CloseAsync(WebSocket socket)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The peer is gone already.
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
