using OnlineService.Understanding.Model;

namespace OnlineService.Understanding.Tests;

internal static class Corpus
{
    public static IReadOnlyList<LabeledUtterance> Read(string path)
    {
        using var reader = new StreamReader(path);
        return LabeledUtterance.ParseTsv(reader, path);
    }

    public static IReadOnlyList<LabeledUtterance> Training() => TrainingCorpus.LoadEmbedded();
}
