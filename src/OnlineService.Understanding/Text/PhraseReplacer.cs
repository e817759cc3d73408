using System.Text;

namespace OnlineService.Understanding.Text;

/// <summary>Replaces phrases scanning left to right, longest match first, so 采暖费 wins over 采暖.</summary>
internal sealed class PhraseReplacer
{
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _longest;

    public PhraseReplacer(IReadOnlyDictionary<string, string> replacements)
    {
        var table = new Dictionary<string, string>(replacements, StringComparer.Ordinal);
        _lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = table.Count == 0 ? 0 : table.Keys.Max(key => key.Length);
    }

    public string Replace(string text)
    {
        if (_longest == 0)
        {
            return text;
        }

        StringBuilder? builder = null;
        var position = 0;
        var copiedUpTo = 0;
        while (position < text.Length)
        {
            var matched = false;
            for (var length = Math.Min(_longest, text.Length - position); length > 0; length--)
            {
                if (_lookup.TryGetValue(text.AsSpan(position, length), out var replacement))
                {
                    builder ??= new StringBuilder(text.Length + 8);
                    builder.Append(text, copiedUpTo, position - copiedUpTo).Append(replacement);
                    position += length;
                    copiedUpTo = position;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                position++;
            }
        }

        return builder is null ? text : builder.Append(text, copiedUpTo, text.Length - copiedUpTo).ToString();
    }
}
