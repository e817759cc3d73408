using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace OnlineService.Gateway.Tests.Llm;

/// <summary>
/// A loopback server answering the OpenAI chat-completions call with a reply chosen from the request's prompts,
/// so the gateway's real Semantic Kernel connector runs end to end.
/// </summary>
internal sealed class ChatCompletionStub : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<string, string> _reply;
    private readonly Task _loop;

    /// <param name="reply">Maps the prompts of the request (its messages' contents, joined) to the assistant's content.</param>
    public ChatCompletionStub(Func<string, string> reply)
    {
        _reply = reply;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Endpoint = $"http://127.0.0.1:{port}/v1/";
        _listener.Prefixes.Add(Endpoint);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Endpoint { get; }

    public int Calls { get; private set; }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
        {
            // Stopping the listener ends the pending accept.
        }

        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            var context = await _listener.GetContextAsync();
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            using var request = JsonDocument.Parse(await reader.ReadToEndAsync());
            var prompts = string.Join('\n', request.RootElement.GetProperty("messages").EnumerateArray()
                .Select(m => m.GetProperty("content").ValueKind == JsonValueKind.String ? m.GetProperty("content").GetString() : m.GetProperty("content").GetRawText()));
            Calls++;
            var completion = JsonSerializer.Serialize(new
            {
                id = "chatcmpl-test",
                @object = "chat.completion",
                created = 1_790_000_000,
                model = "test-model",
                choices = new[] { new { index = 0, finish_reason = "stop", message = new { role = "assistant", content = _reply(prompts) } } },
                usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
            });
            var bytes = Encoding.UTF8.GetBytes(completion);
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
