namespace OnlineService.Services.Billing;

/// <summary>Where a refund stands: Pending until Alipay reports it settled (REFUND_SUCCESS) or refuses it for good.</summary>
public enum RefundStatus
{
    Pending,
    Settled,
    Failed,
}
