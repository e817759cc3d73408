namespace OnlineService.Services.WorkOrders;

/// <summary>What a clock item does when it fires.</summary>
public enum SlaClockKind
{
    /// <summary>The milestone is close to its due time.</summary>
    Warning,

    /// <summary>The milestone is past its due time.</summary>
    Breach,
}
