namespace OnlineService.Services.WorkOrders;

/// <summary>
/// The fields of the DB11 Appendix D claims ledger (热用户诉求台账) known when an order is received; the rest
/// (handler, times, responded, solved, satisfied, temperatures, callback) come from the timeline, see <see cref="ClaimLedgerRow"/>.
/// </summary>
public sealed record LedgerDetails
{
    /// <summary>City-level number (市级编号), e.g. from the 12345 hotline.</summary>
    public string? CityNumber { get; init; }

    /// <summary>Source level (工单来源).</summary>
    public LedgerSource Source { get; init; } = LedgerSource.Company;

    /// <summary>Requester's name (诉求人).</summary>
    public string? Requester { get; init; }

    /// <summary>Contact phone (电话).</summary>
    public string? Phone { get; init; }

    /// <summary>Administrative district (行政区).</summary>
    public string? District { get; init; }

    /// <summary>Community name (小区名称).</summary>
    public string? Community { get; init; }

    /// <summary>Address (地址).</summary>
    public string? Address { get; init; }

    /// <summary>Heating steward (供热管家).</summary>
    public string? HeatingSteward { get; init; }

    /// <summary>Outdoor temperature in °C at receipt (室外温度).</summary>
    public decimal? OutdoorTemperature { get; init; }

    /// <summary>Counts for the response rate only (是否只考核响应率).</summary>
    public bool ResponseRateOnly { get; init; }
}
