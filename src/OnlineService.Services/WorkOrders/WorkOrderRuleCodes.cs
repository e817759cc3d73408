namespace OnlineService.Services.WorkOrders;

/// <summary>The codes of <see cref="WorkOrderRuleException"/>, for APIs to map to problem details.</summary>
public static class WorkOrderRuleCodes
{
    /// <summary>The operation is not allowed in the order's current status.</summary>
    public const string InvalidTransition = "invalid_transition";

    /// <summary>The handler has a direct interest in a report (T/CDHA 9.4.3).</summary>
    public const string ConflictOfInterest = "conflict_of_interest";

    /// <summary>The callback of this resolution is already recorded (T/CDHA 8.6.5).</summary>
    public const string CallbackAlreadyRecorded = "callback_already_recorded";

    /// <summary>An argument is missing or out of range (reason, handler, agreed time).</summary>
    public const string InvalidArgument = "invalid_argument";

    /// <summary>No order with that number.</summary>
    public const string NotFound = "not_found";

    /// <summary>The order changed since it was read; reload and retry.</summary>
    public const string Conflict = "version_conflict";
}
