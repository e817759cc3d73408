using OnlineService.Gateway.WorkOrders.Api;

namespace OnlineService.Gateway.WorkOrders.Webhooks;

/// <summary>
/// The webhook body: one stored version of an order. Deliveries of different versions may arrive out of order after
/// retries; a receiver keeps the highest <see cref="Version"/> it has seen per order and ignores older ones.
/// </summary>
/// <param name="Id">Delivery id, also in <c>X-OnlineService-Delivery</c>: the same for every attempt of one version.</param>
/// <param name="Type">Always <c>workorder.changed</c>.</param>
/// <param name="OrderNumber">The order's number.</param>
/// <param name="Version">The order's stored version.</param>
/// <param name="OccurredAt">The time of the version's latest timeline entry.</param>
/// <param name="Order">The order as stored, with due times and its whole timeline.</param>
public sealed record WorkOrderChangedEvent(string Id, string Type, string OrderNumber, long Version, DateTimeOffset OccurredAt, WorkOrderView Order)
{
    public const string EventType = "workorder.changed";
}
