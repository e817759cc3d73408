using System.Diagnostics.CodeAnalysis;

namespace OnlineService.Understanding.Faq;

[SuppressMessage("Performance", "CA1812", Justification = "Created by YamlDotNet.")]
internal sealed class FaqNextStepDocument
{
    public string? Label { get; set; }

    public string? Intent { get; set; }
}
