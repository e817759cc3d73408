using System.Text.Json;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>The answer of a WeChat API call: <c>errcode</c> 0 (or absent) means success.</summary>
public sealed record WeChatApiResult(int ErrCode, string? ErrMsg, JsonElement Body)
{
    public bool IsOk => ErrCode == 0;

    public override string ToString() => $"errcode {ErrCode}: {ErrMsg}";

    public static WeChatApiResult Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement.Clone();
        var code = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errcode", out var e) && e.TryGetInt32(out var c) ? c : 0;
        var message = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errmsg", out var m) ? m.GetString() : null;
        return new WeChatApiResult(code, message, root);
    }
}
