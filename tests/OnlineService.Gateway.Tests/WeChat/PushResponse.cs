using System.Net;

namespace OnlineService.Gateway.Tests.WeChat;

/// <summary>The gateway's answer to a push; <see cref="Fields"/> is the decrypted passive reply, if it was one.</summary>
public sealed record PushResponse(HttpStatusCode Status, string Body, IReadOnlyDictionary<string, string>? Fields)
{
    public bool IsSuccessAck => Body == "success";

    public string? Content => Fields?.GetValueOrDefault("Content");
}
