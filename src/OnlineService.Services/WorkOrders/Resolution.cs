namespace OnlineService.Services.WorkOrders;

/// <summary>What the handler reports back when the work is done.</summary>
/// <param name="Result">The handling result (处理结果), told to the resident.</param>
/// <param name="Method">On site or by phone.</param>
/// <param name="Solved">Whether the problem is solved (是否解决).</param>
/// <param name="Temperatures">Measured room temperatures, for not-warm and temperature-check orders.</param>
public sealed record Resolution(string Result, HandlingMethod Method, bool Solved = true, RoomTemperatures? Temperatures = null)
{
    /// <summary>Ids of the photos the handler attached (kept by the host, e.g. the handling-unit API's photo store).</summary>
    public IReadOnlyList<string> Photos { get; init; } = [];
}
