using System.Globalization;

namespace OnlineService.Bench.Load;

/// <summary>The <c>--name value</c> options after a benchmark's mode; unknown names are an error, not ignored.</summary>
public sealed class BenchArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private BenchArguments()
    {
    }

    public static BenchArguments Parse(IReadOnlyList<string> args, IReadOnlySet<string> valueNames, IReadOnlySet<string> flagNames)
    {
        var parsed = new BenchArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (flagNames.Contains(name))
            {
                parsed._flags.Add(name);
            }
            else if (valueNames.Contains(name) && i + 1 < args.Count)
            {
                parsed._values[name] = args[++i];
            }
            else
            {
                throw new ArgumentException($"Unknown or incomplete option '{name}'. Options: {string.Join(", ", valueNames.Concat(flagNames).Order(StringComparer.Ordinal))}.");
            }
        }

        return parsed;
    }

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public int Number(string name, int fallback) =>
        _values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public TimeSpan Seconds(string name, double fallback) =>
        TimeSpan.FromSeconds(_values.TryGetValue(name, out var value) ? double.Parse(value, CultureInfo.InvariantCulture) : fallback);

    /// <summary>A comma-separated list of integers, e.g. <c>--concurrency 16,64</c>.</summary>
    public IReadOnlyList<int> Numbers(string name, IReadOnlyList<int> fallback) =>
        _values.TryGetValue(name, out var value)
            ? [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => int.Parse(v, CultureInfo.InvariantCulture))]
            : fallback;
}
