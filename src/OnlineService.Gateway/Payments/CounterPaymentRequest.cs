namespace OnlineService.Gateway.Payments;

/// <summary>Body of <c>POST /api/operator/bills/{billId}/payments</c>: <c>{"method":"qr"}</c>.</summary>
public sealed record CounterPaymentRequest(string? Method);
