namespace OnlineService.Channels.WeChat;

/// <summary>Size limits applied when rendering replies, in UTF-8 bytes (a Chinese character is 3 bytes).</summary>
public sealed record WeChatReplyLimits
{
    public static WeChatReplyLimits Default { get; } = new();

    /// <summary>Longer passive texts are cut off by WeChat; 2048 bytes is the limit SDKs settled on (Senparc's default).</summary>
    public int PassiveTextMaxBytes { get; init; } = 2048;

    /// <summary>Kept equal to the passive limit so a text splits the same way on either path.</summary>
    public int CustomerServiceTextMaxBytes { get; init; } = 2048;
}
