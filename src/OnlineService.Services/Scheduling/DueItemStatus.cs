namespace OnlineService.Services.Scheduling;

/// <summary>Where a due item stands.</summary>
public enum DueItemStatus
{
    /// <summary>Waiting for its time, or claimed and being handled.</summary>
    Pending,

    /// <summary>Handled; never fires again, even if scheduled again with the same id.</summary>
    Completed,

    /// <summary>Cancelled before it fired; scheduling the id again revives it.</summary>
    Cancelled,
}
