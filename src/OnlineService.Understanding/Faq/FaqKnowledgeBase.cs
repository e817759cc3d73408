using OnlineService.Understanding.Text;

namespace OnlineService.Understanding.Faq;

/// <summary>
/// The FAQ answers loaded from the YAML files of one folder (one entry per file), rendered with the utility's
/// facts. <see cref="Reload()"/> re-reads the folder so operators can edit answers without a restart; a broken
/// edit throws <see cref="FaqContentException"/> and the previous content stays in service. Thread-safe.
/// </summary>
public sealed class FaqKnowledgeBase
{
    private static readonly Lazy<TextNormalizer> Normalizer = new(() => new TextNormalizer(Lexicon.LoadEmbedded()));

    private readonly string _directory;
    private readonly Lock _reloadLock = new();
    private UtilityFacts _facts;
    private volatile Snapshot _snapshot;

    /// <param name="directory">The FAQ content folder, e.g. <c>content/faq</c> in the Dialogs output.</param>
    /// <param name="facts">Values for the answers' placeholders.</param>
    /// <exception cref="FaqContentException">The content is missing, malformed or incomplete.</exception>
    public FaqKnowledgeBase(string directory, UtilityFacts facts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _directory = directory;
        _facts = facts;
        _snapshot = Build(directory, facts);
    }

    /// <summary>All entries in file-name order.</summary>
    public IReadOnlyList<FaqAnswer> Entries => _snapshot.Answers;

    /// <summary>Re-reads the content folder with the current facts.</summary>
    /// <exception cref="FaqContentException">The new content is invalid; the previous content is kept.</exception>
    public void Reload() => Reload(_facts);

    /// <summary>Re-reads the content folder and renders it with new facts (e.g. after a configuration change).</summary>
    /// <exception cref="FaqContentException">The new content is invalid; the previous content and facts are kept.</exception>
    public void Reload(UtilityFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        lock (_reloadLock)
        {
            // Readers never lock: they take whichever complete snapshot is current.
            var snapshot = Build(_directory, facts);
            _facts = facts;
            _snapshot = snapshot;
        }
    }

    /// <summary>The answer for a <c>faq.*</c> intent, or <c>null</c> when there is none.</summary>
    public FaqAnswer? Find(string intent) =>
        _snapshot.Answers.FirstOrDefault(answer => string.Equals(answer.Intent, intent, StringComparison.Ordinal));

    /// <summary>The passages closest to <paramref name="text"/>, best first, for grounding a composed answer.</summary>
    public IReadOnlyList<FaqPassage> Search(string text, int top)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var snapshot = _snapshot;
        return
        [
            .. snapshot.Index.Search(text, top).Select(hit =>
            {
                var answer = snapshot.Answers[hit.Document];
                return new FaqPassage(answer.Id, answer.Intent, answer.Text, answer.Citation, Math.Round(hit.Score, 3));
            }),
        ];
    }

    private static Snapshot Build(string directory, UtilityFacts facts)
    {
        var answers = FaqLoader.Load(directory, facts);
        var index = new Bm25Index(Normalizer.Value, answers.Select(answer => string.Join('\n', answer.Questions.Append(answer.Text))));
        return new Snapshot(answers, index);
    }

    private sealed record Snapshot(IReadOnlyList<FaqAnswer> Answers, Bm25Index Index);
}
