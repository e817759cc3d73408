namespace OnlineService.Gateway.Payments;

internal static partial class PaymentsLog
{
    [LoggerMessage(EventId = 4801, Level = LogLevel.Warning, Message = "Alipay notification refused ({Reason}) for out_trade_no {OutTradeNo}, notify_id {NotifyId}")]
    public static partial void NotificationRefused(ILogger logger, string reason, string? outTradeNo, string? notifyId);

    [LoggerMessage(EventId = 4802, Level = LogLevel.Error, Message = "Alipay reports {Amount} paid for out_trade_no {OutTradeNo}, which asked for {Expected}: not applied, check by hand")]
    public static partial void AmountMismatch(ILogger logger, string? amount, string outTradeNo, string expected);

    [LoggerMessage(EventId = 4803, Level = LogLevel.Information, Message = "Payment {OutTradeNo} of {Amount} applied to bill {BillId} ({Outcome})")]
    public static partial void Applied(ILogger logger, string outTradeNo, string amount, string billId, string outcome);

    [LoggerMessage(EventId = 4804, Level = LogLevel.Error, Message = "The billing system refused payment {OutTradeNo} for bill {BillId}: {Reason}; it stays unapplied and is retried")]
    public static partial void ApplyRefused(ILogger logger, string outTradeNo, string billId, string? reason);

    [LoggerMessage(EventId = 4805, Level = LogLevel.Warning, Message = "Backstop could not settle trade {OutTradeNo}: {Problem}")]
    public static partial void BackstopProblem(ILogger logger, string outTradeNo, string problem);

    [LoggerMessage(EventId = 4806, Level = LogLevel.Information, Message = "Trade {OutTradeNo} closed unpaid ({Why})")]
    public static partial void Closed(ILogger logger, string outTradeNo, string why);
}
