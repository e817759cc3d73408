namespace OnlineService.Services.Billing;

/// <summary>Where a payment attempt stands. Only moves forward: Open → Paid, or Open → Closed.</summary>
public enum PaymentStatus
{
    /// <summary>Issued to the payment platform, not paid yet.</summary>
    Open,

    /// <summary>The platform confirmed the money (notification or query).</summary>
    Paid,

    /// <summary>Closed unpaid (expired, abandoned, or closed at the platform); can no longer be paid.</summary>
    Closed,
}
