using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using OnlineService.Understanding.Intents;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace OnlineService.Dialogs.Content;

/// <summary>
/// The dialogs' texts, loaded from YAML content that operators can edit and reload without a restart.
/// A file with a missing text or an unknown placeholder is refused with a message naming the problem, and the
/// texts already loaded stay in use.
/// </summary>
public sealed partial class TextCatalog
{
    /// <summary>Placeholders that a dialog supplies when it renders a text, not the configuration.</summary>
    private static readonly HashSet<string> CallPlaceholders = ["service", "sources", "account", "address", "proof", "time", "attempts",
        "number", "category", "stage", "handler", "due", "milestone", "phone", "count", "complaint", "result", "window", "score"];

    private readonly string _path;
    private readonly Func<IReadOnlyDictionary<string, string>> _placeholders;
    private DialogTexts _texts;

    public TextCatalog(string path, Func<IReadOnlyDictionary<string, string>> placeholders)
    {
        _path = path;
        _placeholders = placeholders;
        _texts = Load(path, placeholders().Keys);
    }

    public DialogTexts Texts => Volatile.Read(ref _texts);

    /// <summary>Loads the file again; throws <see cref="ContentException"/> and keeps the old texts when it is invalid.</summary>
    public void Reload() => Volatile.Write(ref _texts, Load(_path, _placeholders().Keys));

    /// <summary>Fills the placeholders of a template from configuration and <paramref name="values"/>.</summary>
    public string Render(string template, params (string Name, string Value)[] values)
    {
        var configured = _placeholders();
        return PlaceholderPattern().Replace(template, match =>
        {
            var name = match.Groups[1].Value;
            foreach (var (n, v) in values)
            {
                if (n == name)
                {
                    return v;
                }
            }

            return configured.TryGetValue(name, out var value)
                ? value
                : throw new ContentException($"The text '{template}' uses the placeholder {{{name}}}, which has no value.");
        });
    }

    private static DialogTexts Load(string path, IEnumerable<string> configuredPlaceholders)
    {
        if (!File.Exists(path))
        {
            throw new ContentException($"The dialog texts file '{path}' does not exist; set Dialogs:ContentPath to the content folder.");
        }

        DialogTexts texts;
        try
        {
            texts = new DeserializerBuilder()
                .WithNamingConvention(CamelCaseNamingConvention.Instance)
                .Build()
                .Deserialize<DialogTexts>(File.ReadAllText(path)) ?? new DialogTexts();
        }
        catch (YamlException ex)
        {
            throw new ContentException($"'{path}' is not valid: {ex.Message} (line {ex.Start.Line}).", ex);
        }

        var known = new HashSet<string>(configuredPlaceholders.Concat(CallPlaceholders).Concat(HandoffTexts.Placeholders).Concat(BillingTexts.Placeholders), StringComparer.Ordinal);
        var problems = new List<string>();
        Validate(texts, "", known, problems);
        if (texts.Main.Menu.Count == 0)
        {
            problems.Add("main.menu has no items");
        }

        problems.AddRange(IntentIds.All
            .Where(intent => intent != IntentIds.None && !texts.Understanding.IntentTitles.ContainsKey(intent))
            .Select(intent => $"understanding.intentTitles has no title for {intent}"));

        return problems.Count == 0
            ? texts
            : throw new ContentException($"'{path}' is not valid: {string.Join("; ", problems)}.");
    }

    /// <summary>Walks the text objects: every string must be filled and use only known placeholders.</summary>
    private static void Validate(object node, string path, HashSet<string> known, List<string> problems)
    {
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = path.Length == 0 ? JsonName(property) : $"{path}.{JsonName(property)}";
            switch (property.GetValue(node))
            {
                case string text:
                    ValidateText(text, name, known, problems);
                    break;
                case IDictionary dictionary:
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        if (entry.Value is string value)
                        {
                            ValidateText(value, $"{name}.{entry.Key}", known, problems);
                        }
                    }

                    break;
                case IList list:
                    for (var i = 0; i < list.Count; i++)
                    {
                        if (list[i] is string item)
                        {
                            ValidateText(item, $"{name}[{i}]", known, problems);
                        }
                        else if (list[i] is { } child)
                        {
                            Validate(child, $"{name}[{i}]", known, problems);
                        }
                    }

                    break;
                case { } child:
                    Validate(child, name, known, problems);
                    break;
            }
        }
    }

    private static void ValidateText(string text, string name, HashSet<string> known, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add($"{name} is missing or empty");
        }

        foreach (Match match in PlaceholderPattern().Matches(text))
        {
            if (!known.Contains(match.Groups[1].Value))
            {
                problems.Add($"{name} uses the unknown placeholder {{{match.Groups[1].Value}}}");
            }
        }
    }

    private static string JsonName(PropertyInfo property) => char.ToLowerInvariant(property.Name[0]) + property.Name[1..];

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9_.]*)\}")]
    private static partial Regex PlaceholderPattern();
}
