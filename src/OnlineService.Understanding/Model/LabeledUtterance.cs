namespace OnlineService.Understanding.Model;

/// <summary>One training or evaluation line: an intent id and a resident's message.</summary>
public sealed record LabeledUtterance(string Intent, string Text)
{
    /// <summary>Reads <c>intent&lt;TAB&gt;text</c> lines; blank lines and lines starting with # are skipped.</summary>
    public static IReadOnlyList<LabeledUtterance> ParseTsv(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var result = new List<LabeledUtterance>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || tab == line.Length - 1)
            {
                throw new InvalidDataException($"{sourceName}:{lineNumber}: expected 'intent<TAB>text', got '{line}'.");
            }

            result.Add(new LabeledUtterance(line[..tab].Trim(), line[(tab + 1)..].Trim()));
        }

        return result;
    }
}
