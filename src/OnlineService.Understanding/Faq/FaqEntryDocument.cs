using System.Diagnostics.CodeAnalysis;

namespace OnlineService.Understanding.Faq;

/// <summary>The YAML shape of one FAQ content file (see content/faq/README.md).</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Created by YamlDotNet.")]
internal sealed class FaqEntryDocument
{
    public string? Id { get; set; }

    public string? Intent { get; set; }

    public List<string>? Questions { get; set; }

    public string? Answer { get; set; }

    public string? Citation { get; set; }

    public List<FaqNextStepDocument>? Next { get; set; }
}
