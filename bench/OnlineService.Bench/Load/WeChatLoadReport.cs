namespace OnlineService.Bench.Load;

/// <summary>What <c>wechat-load</c> measured: the printed table and the store audit.</summary>
public sealed record WeChatLoadReport(string Table, AuditResult Audit, long CustomerServiceSends);
