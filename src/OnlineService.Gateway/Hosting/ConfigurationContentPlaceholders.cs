using OnlineService.Dialogs.Content;

namespace OnlineService.Gateway.Hosting;

/// <summary>
/// The placeholder values of the dialogs' texts, read from the <c>Utility</c> configuration section each time, so a
/// configuration reload takes effect without a restart.
/// </summary>
public sealed class ConfigurationContentPlaceholders(IConfiguration configuration) : IContentPlaceholders
{
    public IReadOnlyDictionary<string, string> GetValues()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in configuration.GetSection("Utility").GetChildren())
        {
            if (entry.Value is { } value)
            {
                values[char.ToLowerInvariant(entry.Key[0]) + entry.Key[1..]] = value;
            }
        }

        return values;
    }
}
