using OnlineService.Understanding.Intents;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace OnlineService.Understanding.Faq;

/// <summary>Reads every <c>*.yaml</c> in the FAQ folder, validates it and renders the answers with the facts.</summary>
internal static class FaqLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static IReadOnlyList<FaqAnswer> Load(string directory, UtilityFacts facts)
    {
        if (!Directory.Exists(directory))
        {
            throw new FaqContentException($"FAQ content folder '{Path.GetFullPath(directory)}' does not exist; point the FAQ content path at dialogs/OnlineService.Dialogs/content/faq (or its copy in the output folder).");
        }

        var placeholders = facts.ToPlaceholders();
        var files = Directory.EnumerateFiles(directory, "*.yaml").Concat(Directory.EnumerateFiles(directory, "*.yml"))
            .Order(StringComparer.Ordinal).ToList();
        var answers = files.Select(file => LoadFile(file, placeholders)).ToList();

        var duplicate = answers.GroupBy(answer => answer.Id, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new FaqContentException($"FAQ id '{duplicate.Key}' is used by {string.Join(" and ", duplicate.Select(a => a.SourceFile))}; give each entry its own id.");
        }

        var missing = IntentIds.Faq.Except(answers.Select(answer => answer.Intent), StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new FaqContentException($"FAQ folder '{directory}' has no entry for {string.Join(", ", missing)}; add a YAML file for each.");
        }

        return answers;
    }

    private static FaqAnswer LoadFile(string file, IReadOnlyDictionary<string, string> facts)
    {
        var name = Path.GetFileName(file);
        FaqEntryDocument? document;
        try
        {
            document = Deserializer.Deserialize<FaqEntryDocument?>(File.ReadAllText(file));
        }
        catch (YamlException exception)
        {
            throw new FaqContentException($"{name}: not valid FAQ YAML at line {exception.Start.Line}: {exception.Message}", exception);
        }

        if (document is null)
        {
            throw new FaqContentException($"{name}: the file is empty; it needs id, intent, questions, answer, citation and next.");
        }

        var id = Required(document.Id, name, "id");
        var intent = Required(document.Intent, name, "intent");
        if (!IntentIds.IsFaq(intent) || !IntentIds.IsKnown(intent))
        {
            throw new FaqContentException($"{name}: intent '{intent}' is not a faq.* id from shared/intents.md.");
        }

        var answer = Required(document.Answer, name, "answer").Trim();
        var questions = (document.Questions ?? []).Where(q => !string.IsNullOrWhiteSpace(q)).Select(q => q.Trim()).ToList();
        if (questions.Count == 0)
        {
            throw new FaqContentException($"{name}: list at least one question variant under 'questions'.");
        }

        var unknown = FaqTemplate.Placeholders(answer).Where(p => !facts.ContainsKey(p)).ToList();
        if (unknown.Count > 0)
        {
            throw new FaqContentException(
                $"{name}: unknown placeholder(s) {string.Join(", ", unknown.Select(p => "{" + p + "}"))}; use one of {string.Join(", ", facts.Keys.Select(k => "{" + k + "}"))}.");
        }

        var empty = FaqTemplate.Placeholders(answer).Where(p => string.IsNullOrWhiteSpace(facts[p])).ToList();
        if (empty.Count > 0)
        {
            throw new FaqContentException($"{name}: the utility fact(s) {string.Join(", ", empty)} are empty; set them in the '{UtilityFacts.SectionName}' configuration section.");
        }

        var text = FaqTemplate.Render(answer, facts);
        if (FaqTemplate.HasStrayBraces(text))
        {
            throw new FaqContentException($"{name}: the answer has a brace that is not a placeholder; write placeholders as {{name}} in lower case.");
        }

        var next = (document.Next ?? []).Select(step => ToStep(step, name)).ToList();
        return new FaqAnswer(id, intent, text, string.IsNullOrWhiteSpace(document.Citation) ? null : document.Citation.Trim(), next)
        {
            Questions = questions,
            SourceFile = name,
        };
    }

    private static FaqNextStep ToStep(FaqNextStepDocument step, string file)
    {
        var label = Required(step.Label, file, "next[].label");
        var intent = Required(step.Intent, file, "next[].intent");
        if (!IntentIds.IsKnown(intent))
        {
            throw new FaqContentException($"{file}: next step '{label}' points at unknown intent '{intent}'; use an id from shared/intents.md.");
        }

        return new FaqNextStep(label, intent);
    }

    private static string Required(string? value, string file, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new FaqContentException($"{file}: '{field}' is missing or empty.") : value;
}
