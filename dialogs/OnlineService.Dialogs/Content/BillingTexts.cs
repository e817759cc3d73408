namespace OnlineService.Dialogs.Content;

/// <summary>Bills and payments (issue 12): the receipt told in the conversation and the trade subject shown by Alipay.</summary>
public sealed class BillingTexts
{
    /// <summary>Placeholders the billing texts use besides the configured ones.</summary>
    public static IReadOnlyList<string> Placeholders { get; } = ["amount", "season", "balance"];

    /// <summary>Told in the conversation once a payment is confirmed and applied: {amount}, {season}, {account}, {balance}.</summary>
    public string PaymentReceived { get; set; } = "";

    /// <summary>Told when a refund is settled at Alipay: {amount}, {account} (masked).</summary>
    public string RefundSettled { get; set; } = "";

    /// <summary>The trade's subject on Alipay's pay page and bill: {season}, {account} (masked).</summary>
    public string TradeSubject { get; set; } = "";
}
