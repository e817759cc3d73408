namespace OnlineService.Gateway.AgentConsole.Content;

/// <summary>The shape of <c>content/console/canned-responses.yaml</c>.</summary>
public sealed class CannedResponseFile
{
    public List<CannedResponse> Responses { get; set; } = [];
}
