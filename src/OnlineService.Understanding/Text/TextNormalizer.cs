using System.Globalization;
using System.Text;

namespace OnlineService.Understanding.Text;

/// <summary>
/// Folds a resident's message into one canonical form: NFKC (full-width to half-width), lower case, common
/// traditional characters to simplified, punctuation and emoji dropped, pinyin/English keywords to Chinese,
/// short numbers to 0 and long numbers (account, phone) to #, then typos and synonyms to their canonical word.
/// </summary>
internal sealed class TextNormalizer
{
    /// <summary>Numbers at least this long are identifiers (account or phone numbers), not quantities.</summary>
    private const int IdentifierDigits = 5;

    private readonly IReadOnlyDictionary<char, char> _traditional;
    private readonly IReadOnlyDictionary<string, string> _latin;
    private readonly int _longestLatinPhrase;
    private readonly PhraseReplacer _typos;
    private readonly PhraseReplacer _synonyms;

    public TextNormalizer(Lexicon lexicon)
    {
        _traditional = lexicon.Traditional;
        _latin = lexicon.Latin;
        _longestLatinPhrase = lexicon.Latin.Count == 0 ? 1 : lexicon.Latin.Keys.Max(key => key.Split(' ').Length);
        _typos = new PhraseReplacer(lexicon.Typos);
        _synonyms = new PhraseReplacer(lexicon.Synonyms);
    }

    public string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text.Normalize(NormalizationForm.FormKC));
        return _synonyms.Replace(_typos.Replace(folded));
    }

    private string Fold(string text)
    {
        var output = new StringBuilder(text.Length);
        var latinWords = new List<string>();
        var digits = 0;
        var latin = new StringBuilder();

        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && char.IsAsciiLetter((char)rune.Value))
            {
                FlushDigits(output, ref digits);
                latin.Append(char.ToLowerInvariant((char)rune.Value));
                continue;
            }

            if (latin.Length > 0)
            {
                latinWords.Add(latin.ToString());
                latin.Clear();
            }

            if (rune.IsAscii && char.IsAsciiDigit((char)rune.Value))
            {
                FlushLatin(output, latinWords);
                digits++;
                continue;
            }

            FlushDigits(output, ref digits);
            if (IsHan(rune))
            {
                FlushLatin(output, latinWords);
                var c = (char)rune.Value;
                output.Append(_traditional.TryGetValue(c, out var simplified) ? simplified : c);
            }

            // Anything else (spaces, punctuation, emoji, symbols) only separates words; latin words keep
            // collecting across spaces so that "nuan qi" can still match a two-word pinyin entry.
        }

        if (latin.Length > 0)
        {
            latinWords.Add(latin.ToString());
        }

        FlushLatin(output, latinWords);
        FlushDigits(output, ref digits);
        return output.ToString();
    }

    private static void FlushDigits(StringBuilder output, ref int digits)
    {
        if (digits > 0)
        {
            output.Append(digits >= IdentifierDigits ? '#' : '0');
            digits = 0;
        }
    }

    private void FlushLatin(StringBuilder output, List<string> words)
    {
        var i = 0;
        while (i < words.Count)
        {
            var consumed = 0;
            for (var span = Math.Min(_longestLatinPhrase, words.Count - i); span > 0 && consumed == 0; span--)
            {
                var phrase = span == 1 ? words[i] : string.Join(' ', words.GetRange(i, span));
                var joined = span == 1 ? phrase : string.Concat(words.GetRange(i, span));
                if (_latin.TryGetValue(phrase, out var replacement) || _latin.TryGetValue(joined, out replacement))
                {
                    output.Append(replacement);
                    consumed = span;
                }
            }

            if (consumed == 0)
            {
                output.Append(words[i]);
                consumed = 1;
            }

            i += consumed;
        }

        words.Clear();
    }

    private static bool IsHan(Rune rune) =>
        rune.Value is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0xF900 and <= 0xFAFF
        || Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherLetter && rune.Value < 0x10000 && rune.Value >= 0x3000;
}
