using System.ComponentModel.DataAnnotations;

namespace OnlineService.Dialogs;

/// <summary>Where the dialogs' content lives. Section <c>Dialogs</c>.</summary>
public sealed class DialogsOptions
{
    public const string SectionName = "Dialogs";

    /// <summary>
    /// The content folder (texts/, faq/…). Defaults to the <c>content</c> folder copied next to the gateway's binaries;
    /// point it at a folder outside the release so operators' edits survive upgrades.
    /// </summary>
    [Required]
    public string ContentPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "content");

    /// <summary>Reload content when its files change. Defaults to true.</summary>
    public bool WatchContent { get; set; } = true;
}
