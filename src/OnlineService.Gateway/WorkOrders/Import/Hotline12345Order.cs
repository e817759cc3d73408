namespace OnlineService.Gateway.WorkOrders.Import;

/// <summary>
/// An order handed over by the 12345 government hotline. <see cref="CityNumber"/> (市级编号) identifies it: importing
/// the same number again returns the order made the first time.
/// </summary>
/// <param name="CityNumber">The hotline's order number.</param>
/// <param name="Category">The hotline's category name (mapped by configuration) or one of our keys, e.g. <c>repair.not_warm</c>.</param>
/// <param name="Content">What the caller asked for.</param>
/// <param name="Requester">The caller's name.</param>
/// <param name="Phone">The caller's phone.</param>
/// <param name="District">Administrative district.</param>
/// <param name="Community">Community name.</param>
/// <param name="Address">Address.</param>
/// <param name="Source"><c>city</c> (default) or <c>district</c>, the level that handed the order over.</param>
/// <param name="OutdoorTemperature">Outdoor temperature in °C, when known.</param>
public sealed record Hotline12345Order(
    string? CityNumber,
    string? Category,
    string? Content,
    string? Requester,
    string? Phone,
    string? District,
    string? Community,
    string? Address,
    string? Source,
    decimal? OutdoorTemperature);
