namespace OnlineService.Gateway.WorkOrders.Import;

/// <summary>
/// Import of orders from the 12345 government hotline. Section <c>WorkOrders:Hotline12345</c>:
/// <c>Categories</c> maps the hotline's category names to ours (e.g. "供暖不热" → "repair.not_warm"); our own keys are
/// always accepted as they are.
/// </summary>
public sealed class Hotline12345Options
{
    public const string SectionName = "WorkOrders:Hotline12345";

    /// <summary>The hotline's category name → our category key.</summary>
    public Dictionary<string, string> Categories { get; } = new(StringComparer.Ordinal);
}
