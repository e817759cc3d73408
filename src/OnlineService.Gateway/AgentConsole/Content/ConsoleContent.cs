using Microsoft.Extensions.Options;
using OnlineService.Dialogs;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace OnlineService.Gateway.AgentConsole.Content;

/// <summary>
/// The console's texts from <c>content/console/</c>: <c>zh-CN.yaml</c> (every label an agent reads, served to the page
/// as JSON) and <c>canned-responses.yaml</c>. An edited file is picked up at the next request; a broken edit is logged
/// and the previous content stays in use. The first load happens at start, so a broken release does not start.
/// </summary>
public sealed class ConsoleContent
{
    private const string LabelsFile = "zh-CN.yaml";
    private const string CannedFile = "canned-responses.yaml";

    private readonly string _folder;
    private readonly ILogger<ConsoleContent> _logger;
    private readonly Lock _gate = new();
    private ConsoleTexts _current;
    private (DateTime Labels, DateTime Canned) _stamps;

    public ConsoleContent(IOptions<DialogsOptions> options, ILogger<ConsoleContent> logger)
    {
        _folder = Path.Combine(options.Value.ContentPath, "console");
        _logger = logger;
        _stamps = Stamps();
        _current = Load();
    }

    /// <summary>The current texts, reloaded first when a file changed since the last reading.</summary>
    public ConsoleTexts Current
    {
        get
        {
            var stamps = Stamps();
            lock (_gate)
            {
                if (stamps == _stamps)
                {
                    return _current;
                }

                try
                {
                    _current = Load();
                    _logger.LogInformation("Agent-console content reloaded from {Folder}.", _folder);
                }
                catch (InvalidOperationException ex)
                {
                    _logger.LogError("Agent-console content was not reloaded; the previous content stays in use. {Problem}", ex.Message);
                }

                _stamps = stamps;
                return _current;
            }
        }
    }

    private (DateTime, DateTime) Stamps() =>
        (File.GetLastWriteTimeUtc(Path.Combine(_folder, LabelsFile)), File.GetLastWriteTimeUtc(Path.Combine(_folder, CannedFile)));

    private ConsoleTexts Load()
    {
        var labels = Read<Dictionary<string, object?>>(LabelsFile) ?? [];
        var canned = Read<CannedResponseFile>(CannedFile) ?? new CannedResponseFile();
        if (labels.Count == 0)
        {
            throw new InvalidOperationException($"'{Path.Combine(_folder, LabelsFile)}' holds no labels; restore it from the release.");
        }

        if (canned.Responses.FirstOrDefault(r => string.IsNullOrWhiteSpace(r.Title) || string.IsNullOrWhiteSpace(r.Text)) is { } incomplete)
        {
            throw new InvalidOperationException(
                $"A canned response in '{Path.Combine(_folder, CannedFile)}' lacks a title or a text (title '{incomplete.Title}'); give it both.");
        }

        return new ConsoleTexts(Normalize(labels), canned.Responses);
    }

    private T? Read<T>(string name)
    {
        var path = Path.Combine(_folder, name);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The agent-console content file '{path}' is missing; set Dialogs:ContentPath to the content folder.");
        }

        try
        {
            var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
            return deserializer.Deserialize<T?>(File.ReadAllText(path));
        }
        catch (YamlException ex)
        {
            throw new InvalidOperationException($"'{path}' is not valid YAML at {ex.Start}: {ex.Message}", ex);
        }
    }

    /// <summary>YAML maps come back keyed by object; JSON needs string keys all the way down.</summary>
    private static Dictionary<string, object?> Normalize(IDictionary<string, object?> map) =>
        map.ToDictionary(pair => pair.Key, pair => NormalizeValue(pair.Value), StringComparer.Ordinal);

    private static object? NormalizeValue(object? value) => value switch
    {
        IDictionary<object, object?> nested => nested.ToDictionary(
            pair => Convert.ToString(pair.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            pair => NormalizeValue(pair.Value),
            StringComparer.Ordinal),
        IList<object?> list => list.Select(NormalizeValue).ToList(),
        _ => value,
    };
}
