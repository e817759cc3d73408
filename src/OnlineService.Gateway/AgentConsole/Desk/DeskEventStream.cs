using Microsoft.AspNetCore.Mvc;
using System.Security.Claims;
using System.Text.Json;
using OnlineService.Gateway.AgentConsole.Identity;
using OnlineService.Services.Handoff;

namespace OnlineService.Gateway.AgentConsole.Desk;

/// <summary>
/// <c>GET /agent/api/events</c>: the desk's change notices as Server-Sent Events, filtered to what the user sees.
/// Notices carry ids only; the page re-reads the lists through the authorized API. A comment line every
/// 15 seconds keeps proxies from closing an idle stream.
/// </summary>
internal static class DeskEventStream
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static void Map(RouteGroupBuilder api) => api.MapGet("/events", StreamAsync);

    private static async Task StreamAsync(
        HttpContext context, ClaimsPrincipal user, [FromServices] IAgentDesk desk, TimeProvider clock, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        var agent = await desk.GetAgentAsync(user.AgentId(), cancellationToken);
        using var writes = new SemaphoreSlim(1, 1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // The first line tells the page the stream is open, so it re-reads everything it shows once, then waits.
        await WriteAsync(response, writes, "retry: 3000\nevent: ready\ndata: {}\n\n", stop.Token);
        var heartbeat = BeatAsync(response, writes, clock, stop.Token);
        try
        {
            await foreach (var change in desk.Events.SubscribeAsync(stop.Token))
            {
                if (change.Kind == DeskEventKind.PresenceChanged && change.AgentId == user.AgentId())
                {
                    agent = await desk.GetAgentAsync(user.AgentId(), stop.Token);
                }

                if (DeskAccess.Concerns(change, user, agent))
                {
                    var json = JsonSerializer.Serialize(change, ConsoleJson.Options);
                    await WriteAsync(response, writes, $"event: desk\ndata: {json}\n\n", stop.Token);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The page went away or the gateway stops: the stream simply ends.
        }
        finally
        {
            await stop.CancelAsync();
            await heartbeat;
        }
    }

    private static async Task BeatAsync(HttpResponse response, SemaphoreSlim writes, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Heartbeat, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await WriteAsync(response, writes, ": ping\n\n", cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Stream closed.
        }
    }

    private static async Task WriteAsync(HttpResponse response, SemaphoreSlim writes, string text, CancellationToken cancellationToken)
    {
        await writes.WaitAsync(cancellationToken);
        try
        {
            await response.WriteAsync(text, cancellationToken);
            await response.Body.FlushAsync(cancellationToken);
        }
        finally
        {
            writes.Release();
        }
    }
}
