namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>
/// Folds what residents type on phone keyboards (full-width digits and letters, ideographic spaces, capitals) into one
/// form. <see cref="Fold(string)"/> keeps the length, so an index into the folded text is an index into the original.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>Full-width ASCII to half-width, ideographic space to space, A–Z to a–z; one char in, one char out.</summary>
    public static string Fold(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });

    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => char.ToLowerInvariant((char)(c - 0xFEE0)),
        '\u3000' => ' ',
        >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
        _ => c,
    };

    /// <summary>
    /// Folds and drops whitespace, punctuation and symbols, for comparing whole answers ("好的！" equals "好的").
    /// </summary>
    public static string ToComparable(string text)
    {
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (!IsIgnorable(c))
            {
                buffer[length++] = c;
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>Whitespace, punctuation and symbols: they separate words but never carry an answer.</summary>
    public static bool IsIgnorable(char c) =>
        char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c);
}
