using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnlineService.Understanding.Tests.Llm;

/// <summary>
/// A loopback HTTP server speaking the OpenAI chat-completions API (non-streaming), so the real Semantic Kernel
/// connector and OpenAI SDK code run in the tests. Replies come from a script; every request is recorded.
/// </summary>
internal sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Func<RecordedChatRequest, ScriptedReply> _script;
    private readonly ConcurrentQueue<RecordedChatRequest> _requests = new();
    private readonly Task _loop;

    public FakeOpenAiServer(Func<RecordedChatRequest, ScriptedReply> script)
    {
        _script = script;
        (_listener, Endpoint) = Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    public FakeOpenAiServer(params ScriptedReply[] replies)
        : this(Sequence(replies))
    {
    }

    /// <summary>The base URL to configure, ending in <c>/v1</c> like the hosted APIs.</summary>
    public string Endpoint { get; }

    public IReadOnlyList<RecordedChatRequest> Requests => [.. _requests];

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (ObjectDisposedException)
        {
            // The listener was closed under a pending accept; that is how the loop ends.
        }

        _listener.Close();
        _stopping.Dispose();
    }

    private static Func<RecordedChatRequest, ScriptedReply> Sequence(ScriptedReply[] replies)
    {
        var next = -1;
        return _ => replies[Math.Min(Interlocked.Increment(ref next), replies.Length - 1)];
    }

    private static (HttpListener Listener, string Endpoint) Start()
    {
        // HttpListener cannot bind port 0, so borrow a free port from the OS and retry if someone else took it meanwhile.
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, $"http://127.0.0.1:{port}/v1");
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (HttpListenerException)
            {
                return;
            }

            _ = Task.Run(() => RespondAsync(context));
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        try
        {
            var request = await RecordAsync(context.Request);
            _requests.Enqueue(request);
            var reply = _script(request);
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay, _stopping.Token);
            }

            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            var body = reply.Status == 200 ? Completion(request.Model, reply.Content ?? "") : """{"error":{"message":"scripted failure","type":"server_error"}}""";
            var bytes = Encoding.UTF8.GetBytes(body);
            await context.Response.OutputStream.WriteAsync(bytes, _stopping.Token);
            context.Response.Close();
        }
        catch (Exception exception) when (exception is OperationCanceledException or HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client gave up (timeout test) or the server is stopping: nothing to answer.
            context.Response.Abort();
        }
    }

    private static async Task<RecordedChatRequest> RecordAsync(HttpListenerRequest request)
    {
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync();
        var body = JsonNode.Parse(raw)!;
        var messages = body["messages"]!.AsArray()
            .Select(m => (m!["role"]!.GetValue<string>(), ContentOf(m["content"])))
            .ToList();
        return new RecordedChatRequest(request.Url!.AbsolutePath, request.Headers["Authorization"], body["model"]?.GetValue<string>(), messages, raw);
    }

    // The SDK may send content as a string or as an array of text parts.
    private static string ContentOf(JsonNode? content) => content switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>())),
        _ => "",
    };

    private static string Completion(string? model, string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = model ?? "test-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 5, total_tokens = 15 },
    });
}
