using System.Globalization;
using System.Text;
using OnlineService.Understanding.Model;
using OnlineService.Understanding.Text;

namespace OnlineService.Bench;

/// <summary>
/// k-fold cross-validation on the embedded training corpus: an estimate of accuracy on unseen wording that
/// needs no evaluation data at all (each fold is predicted by a model that never saw it).
/// </summary>
internal static class CrossValidation
{
    public static string Run(int folds)
    {
        var lexicon = Lexicon.LoadEmbedded();
        var corpus = TrainingCorpus.LoadEmbedded();
        var order = Enumerable.Range(0, corpus.Count).ToArray();
        new Random(7).Shuffle(order);

        var correct = 0;
        var noneFalseAccepts = 0;
        var noneTotal = 0;
        var confusions = new Dictionary<(string, string), int>();
        var falseAcceptTexts = new List<string>();
        var buckets = new (int Right, int Total)[5];
        for (var fold = 0; fold < folds; fold++)
        {
            var test = order.Where((_, i) => i % folds == fold).Select(i => corpus[i]).ToList();
            var train = order.Where((_, i) => i % folds != fold).Select(i => corpus[i]).ToList();
            var model = IntentModel.Train(lexicon, train, new SoftmaxTrainingSettings());
            foreach (var line in test)
            {
                var result = IntentDecision.Decide(model.Predict(line.Text), model.Intents, 3);
                var predicted = result.Intent;
                var bucket = Math.Min(4, (int)(result.Score * 5));
                buckets[bucket] = (buckets[bucket].Right + (predicted == line.Intent ? 1 : 0), buckets[bucket].Total + 1);
                if (predicted == line.Intent)
                {
                    correct++;
                }
                else
                {
                    confusions[(line.Intent, predicted)] = confusions.GetValueOrDefault((line.Intent, predicted)) + 1;
                }

                if (line.Intent == "none")
                {
                    noneTotal++;
                    if (predicted != "none")
                    {
                        noneFalseAccepts++;
                        falseAcceptTexts.Add($"{line.Text} -> {predicted} ({result.Score:0.00})");
                    }
                }
            }
        }

        var inv = CultureInfo.InvariantCulture;
        var output = new StringBuilder();
        output.AppendLine(inv, $"{folds}-fold cross-validation on the embedded corpus ({corpus.Count} lines)");
        output.AppendLine(inv, $"accuracy: {correct}/{corpus.Count} = {100.0 * correct / corpus.Count:0.0}%");
        output.AppendLine(inv, $"none false accepts: {noneFalseAccepts} of {noneTotal}");
        output.AppendLine("calibration (score bucket: accuracy, count)");
        for (var b = 0; b < buckets.Length; b++)
        {
            var (right, total) = buckets[b];
            output.AppendLine(inv, $"  {b * 0.2:0.0}-{(b + 1) * 0.2:0.0}: {(total == 0 ? "-" : $"{100.0 * right / total:0}%")} of {total}");
        }

        falseAcceptTexts.ForEach(text => output.AppendLine(inv, $"  none false accept: {text}"));
        output.AppendLine("most frequent confusions (expected -> predicted: count)");
        foreach (var ((expected, predicted), count) in confusions.OrderByDescending(pair => pair.Value).Take(15))
        {
            output.AppendLine(inv, $"  {expected} -> {predicted}: {count}");
        }

        return output.ToString();
    }
}
