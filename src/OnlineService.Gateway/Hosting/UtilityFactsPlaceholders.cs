using Microsoft.Extensions.Options;
using OnlineService.Dialogs.Content;
using OnlineService.Understanding.Faq;

namespace OnlineService.Gateway.Hosting;

/// <summary>The dialogs' placeholders ({company_name}, {hotline}…) from the current <see cref="UtilityFacts"/>.</summary>
public sealed class UtilityFactsPlaceholders(IOptionsMonitor<UtilityFacts> facts) : IContentPlaceholders
{
    public IReadOnlyDictionary<string, string> GetValues() => facts.CurrentValue.ToPlaceholders();
}
