using OnlineService.Services.Billing;

namespace OnlineService.Gateway.Payments;

/// <summary>A payment attempt issued to Alipay and how the payer pays it: a QR code content, a signed H5 link, or the
/// trade number the mini-program passes to <c>my.tradePay</c>.</summary>
public sealed record IssuedPayment(PaymentRecord Record, string? QrCode, Uri? PayUrl, string? TradeNo);
