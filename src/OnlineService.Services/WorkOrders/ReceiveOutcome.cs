namespace OnlineService.Services.WorkOrders;

/// <summary>The outcome of receiving a request.</summary>
/// <param name="Result">The order the resident should be told about: new, or the open one they raised again.</param>
/// <param name="RaisedAgain">True when the request repeated an open order instead of creating one.</param>
/// <param name="Complaint">The complaint created because the problem was raised 3 times unsolved (T/CDHA 9.3.1), if any.</param>
public sealed record ReceiveOutcome(WorkOrderResult Result, bool RaisedAgain, WorkOrderResult? Complaint);
