using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Import;

/// <summary>What an import did.</summary>
/// <param name="Order">The order the hotline number stands for.</param>
/// <param name="Created">True when this call created it; false when the number was imported before.</param>
/// <param name="RaisedAgain">True when the caller's same problem was already open and the import was recorded on that order.</param>
public sealed record Hotline12345ImportResult(WorkOrder Order, bool Created, bool RaisedAgain);
