namespace OnlineService.Understanding.Tests.Llm;

/// <summary>What the fake endpoint answers to one request: an assistant message, or an HTTP error, after a delay.</summary>
internal sealed record ScriptedReply(int Status, string? Content, TimeSpan Delay)
{
    public static ScriptedReply Text(string content) => new(200, content, TimeSpan.Zero);

    public static ScriptedReply Error(int status = 500) => new(status, null, TimeSpan.Zero);

    public static ScriptedReply Slow(string content, TimeSpan delay) => new(200, content, delay);
}
