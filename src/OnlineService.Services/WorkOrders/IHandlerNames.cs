namespace OnlineService.Services.WorkOrders;

/// <summary>
/// The name a resident is told for a handler id (an order is dispatched to an id such as <c>unit-chaoyang-1</c>; the
/// resident should read 朝阳一分公司). The host provides it from its handling-unit configuration.
/// </summary>
public interface IHandlerNames
{
    /// <summary>The display name of <paramref name="handlerId"/>, or null when it has none.</summary>
    string? DisplayNameOf(string handlerId);
}
