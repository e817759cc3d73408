namespace OnlineService.Services.WorkOrders;

/// <summary>A business rule refused an operation on a work order; the message says what to do instead.</summary>
public sealed class WorkOrderRuleException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public WorkOrderRuleException(string code, string message)
        : base(message) => Code = code;

    /// <summary>Creates the exception without a code.</summary>
    public WorkOrderRuleException()
        : this("rule", "A work-order rule refused the operation.")
    {
    }

    /// <summary>Creates the exception without a code.</summary>
    public WorkOrderRuleException(string message)
        : this("rule", message)
    {
    }

    /// <summary>Creates the exception without a code.</summary>
    public WorkOrderRuleException(string message, Exception innerException)
        : base(message, innerException) => Code = "rule";

    /// <summary>Machine-readable reason, one of <see cref="WorkOrderRuleCodes"/>.</summary>
    public string Code { get; }
}
