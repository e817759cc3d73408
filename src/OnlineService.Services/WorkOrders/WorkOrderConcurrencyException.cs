namespace OnlineService.Services.WorkOrders;

/// <summary>The order changed in the store since it was read; reload it and apply the operation again.</summary>
public sealed class WorkOrderConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkOrderConcurrencyException()
        : base("The work order changed since it was read; reload it and retry.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public WorkOrderConcurrencyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public WorkOrderConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
