namespace OnlineService.Channels.DirectLine;

/// <summary>The result of reading a token; <see cref="Token"/> is set for valid and expired tokens.</summary>
public sealed record DirectLineTokenCheck(DirectLineTokenStatus Status, DirectLineToken? Token)
{
    public static DirectLineTokenCheck Invalid { get; } = new(DirectLineTokenStatus.Invalid, null);
}
