namespace OnlineService.Services.WorkOrders;

/// <summary>Derives the timers of an order from its due times: pure data for a sweeper to schedule.</summary>
public static class SlaClock
{
    /// <summary>
    /// A warning (at <see cref="ServiceProfile.WarningFraction"/> of the limit) and a breach item for each milestone not yet
    /// reached. Closed and suspended orders have no running clock.
    /// </summary>
    public static IReadOnlyList<SlaClockItem> Derive(WorkOrder order, double warningFraction)
    {
        if (order.Status is WorkOrderStatus.Closed or WorkOrderStatus.Suspended)
        {
            return [];
        }

        var completed = order.CompletedMilestones();
        var items = new List<SlaClockItem>();
        foreach (var due in order.Dues.Where(d => !completed.ContainsKey(d.Milestone)))
        {
            var span = due.DueAt - due.StartedAt;
            if (span > TimeSpan.Zero)
            {
                items.Add(new SlaClockItem(order.Number, due.Milestone, SlaClockKind.Warning, due.StartedAt + (span * warningFraction), due.DueAt));
            }

            items.Add(new SlaClockItem(order.Number, due.Milestone, SlaClockKind.Breach, due.DueAt, due.DueAt));
        }

        return items;
    }
}
