namespace OnlineService.Services.WorkOrders;

/// <summary>Port: a per-day sequence for order numbers, shared by every gateway process (the store's counter).</summary>
public interface IWorkOrderNumberSource
{
    /// <summary>The next sequence number of <paramref name="day"/> (China date), starting at 1; never returns one twice.</summary>
    Task<long> NextAsync(DateOnly day, CancellationToken cancellationToken);
}
