using Microsoft.Extensions.Logging;

namespace OnlineService.Channels.Alipay;

internal static partial class AlipayClientLog
{
    [LoggerMessage(EventId = 4701, Level = LogLevel.Warning, Message = "Alipay {Method} attempt {Attempt} has an unknown outcome: {Problem}")]
    public static partial void UnknownOutcome(ILogger logger, string method, int attempt, string problem);

    [LoggerMessage(EventId = 4702, Level = LogLevel.Warning, Message = "Alipay {Method} answered {Code} {SubCode} {SubMsg} ({Recovery})")]
    public static partial void Failed(ILogger logger, string method, string code, string? subCode, string? subMsg, AlipayRecovery recovery);
}
