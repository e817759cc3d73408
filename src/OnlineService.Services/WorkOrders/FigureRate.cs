namespace OnlineService.Services.WorkOrders;

/// <summary>A quality figure as counted: <paramref name="Count"/> of <paramref name="Total"/>.</summary>
/// <param name="Count">Requests (or customers) meeting the figure's condition.</param>
/// <param name="Total">Requests (or customers) the figure is taken over.</param>
public sealed record FigureRate(int Count, int Total)
{
    /// <summary>The rate in percent, rounded half away from zero to 2 decimals; null when nothing was counted.</summary>
    public decimal? Percent => Total == 0 ? null : Math.Round(100m * Count / Total, 2, MidpointRounding.AwayFromZero);
}
