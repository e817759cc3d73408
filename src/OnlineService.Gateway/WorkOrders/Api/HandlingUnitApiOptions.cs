namespace OnlineService.Gateway.WorkOrders.Api;

/// <summary>
/// The handling units that may use <c>/api/units</c>, and how their uploads are kept. Section <c>WorkOrders:UnitApi</c>:
/// <code>
/// "UnitApi": { "Units": { "unit-chaoyang-1": { "Name": "朝阳一分公司", "ApiKeys": [ "&lt;32+ random characters&gt;" ] } } }
/// </code>
/// The unit id is the handler id orders are dispatched to; a unit sees and acts on those orders only.
/// </summary>
public sealed class HandlingUnitApiOptions
{
    public const string SectionName = "WorkOrders:UnitApi";

    /// <summary>Units by id.</summary>
    public Dictionary<string, HandlingUnitAccount> Units { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Folder of resolution photos, relative to the content root. Defaults to <c>data/work-order-photos</c>.</summary>
    public string PhotosPath { get; set; } = "data/work-order-photos";

    /// <summary>Photos per resolution at most. Defaults to 5.</summary>
    public int MaxPhotos { get; set; } = 5;

    /// <summary>Bytes per photo at most. Defaults to 5 MB.</summary>
    public long MaxPhotoBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>How long an idempotency key answers a repeated POST with the first answer. Defaults to 24 hours.</summary>
    public TimeSpan IdempotencyWindow { get; set; } = TimeSpan.FromHours(24);
}
