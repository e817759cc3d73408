namespace OnlineService.Services.WorkOrders;

/// <summary>What happens to an order whose callback found the customer unsatisfied.</summary>
public enum UnsatisfiedFollowUp
{
    /// <summary>Dispatch again to the same handler (T/CDHA 9.2.3 回访不满意将再次派单).</summary>
    Redispatch,

    /// <summary>Escalate (T/CDHA 8.6.4 升级工单) and wait for dispatch to the escalation unit.</summary>
    Escalate,
}
