namespace OnlineService.Channels.Alipay;

/// <summary>A verified, signed failure answer (code ≠ 10000) and what to do about it.</summary>
public sealed record AlipayError(string Code, string? Msg, string? SubCode, string? SubMsg, AlipayRecovery Recovery)
{
    public override string ToString() => $"{Code} {SubCode} {SubMsg ?? Msg} → {Recovery}";
}
