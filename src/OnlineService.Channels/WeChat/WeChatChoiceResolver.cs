using System.Globalization;

namespace OnlineService.Channels.WeChat;

/// <summary>Translates a numeric answer ("1", "１", " 2 ") back to the value of a numbered choice.</summary>
public static class WeChatChoiceResolver
{
    /// <summary>The chosen value, or null when the text is not the number of one of <paramref name="choices"/>.</summary>
    public static string? Resolve(string? text, IReadOnlyList<WeChatNumberedChoice> choices)
    {
        if (string.IsNullOrWhiteSpace(text) || choices.Count == 0)
        {
            return null;
        }

        // Chinese keyboards often produce full-width digits; NFKC folds them to ASCII.
        var normalized = text.Trim().Normalize(System.Text.NormalizationForm.FormKC);
        if (!int.TryParse(normalized, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return choices.FirstOrDefault(c => c.Number == number)?.Value;
    }
}
