using System.Text.RegularExpressions;

namespace OnlineService.Understanding.Faq;

/// <summary>Fills <c>{placeholder}</c> names in answer text from <see cref="UtilityFacts"/>.</summary>
internal static partial class FaqTemplate
{
    public static IReadOnlyList<string> Placeholders(string template) =>
        [.. PlaceholderPattern().Matches(template).Select(match => match.Groups[1].Value).Distinct()];

    public static string Render(string template, IReadOnlyDictionary<string, string> facts) =>
        PlaceholderPattern().Replace(template, match => facts[match.Groups[1].Value]);

    /// <summary>Any brace left after rendering means a malformed placeholder such as <c>{hotline</c>.</summary>
    public static bool HasStrayBraces(string rendered) => rendered.IndexOfAny(['{', '}']) >= 0;

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex PlaceholderPattern();
}
