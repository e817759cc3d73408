namespace OnlineService.Understanding.Tests.Llm;

/// <summary>A chat-completions request as the fake endpoint received it.</summary>
internal sealed record RecordedChatRequest(
    string Path, string? Authorization, string? Model, IReadOnlyList<(string Role, string Content)> Messages, string Body)
{
    public string System => Messages.FirstOrDefault(m => m.Role == "system").Content ?? "";

    public string User => Messages.LastOrDefault(m => m.Role == "user").Content ?? "";
}
