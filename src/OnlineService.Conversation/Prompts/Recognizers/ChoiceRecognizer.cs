namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>
/// Matches a resident's answer against the offered choices, in this order: the whole answer equals a title or synonym
/// (ignoring case, width, spaces and punctuation); the answer names a position ("2", "第二个", "选2"); the answer
/// contains a title or synonym, or a title contains the answer (two characters or more). Partial matches score by
/// how much of the longer text the shorter covers; two choices with the same best score are ambiguous (null).
/// </summary>
public static class ChoiceRecognizer
{
    private const double Tolerance = 1e-9;

    public static FoundChoice? Recognize(string text, IReadOnlyList<Choice> choices)
    {
        if (string.IsNullOrWhiteSpace(text) || choices.Count == 0)
        {
            return null;
        }

        var input = TextNormalizer.ToComparable(text);
        if (input.Length == 0)
        {
            return null;
        }

        return MatchExactly(input, choices) ?? MatchOrdinal(input, choices) ?? MatchPartially(input, choices);
    }

    private static FoundChoice? MatchExactly(string input, IReadOnlyList<Choice> choices)
    {
        FoundChoice? found = null;
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            FoundChoice? hit = null;
            if (string.Equals(TextNormalizer.ToComparable(choice.Value), input, StringComparison.Ordinal))
            {
                hit = new FoundChoice(choice.Value, i, 1.0, null);
            }
            else if (choice.Synonyms is { } synonyms)
            {
                foreach (var synonym in synonyms)
                {
                    if (string.Equals(TextNormalizer.ToComparable(synonym), input, StringComparison.Ordinal))
                    {
                        hit = new FoundChoice(choice.Value, i, 1.0, synonym);
                        break;
                    }
                }
            }

            if (hit is not null)
            {
                if (found is not null)
                {
                    return null; // two choices share the word: the resident must say which
                }

                found = hit;
            }
        }

        return found;
    }

    private static FoundChoice? MatchOrdinal(string input, IReadOnlyList<Choice> choices)
    {
        var position = ChoiceOrdinal.Parse(input);
        var index = position == -1 ? choices.Count - 1 : position - 1;
        return index >= 0 && index < choices.Count ? new FoundChoice(choices[index].Value, index, 1.0, null) : null;
    }

    private static FoundChoice? MatchPartially(string input, IReadOnlyList<Choice> choices)
    {
        FoundChoice? best = null;
        var tied = false;
        for (var i = 0; i < choices.Count; i++)
        {
            var candidate = ScoreChoice(input, choices[i], i);
            if (candidate is null)
            {
                continue;
            }

            if (best is null || candidate.Score > best.Score + Tolerance)
            {
                best = candidate;
                tied = false;
            }
            else if (Math.Abs(candidate.Score - best.Score) <= Tolerance)
            {
                tied = true;
            }
        }

        return tied ? null : best;
    }

    private static FoundChoice? ScoreChoice(string input, Choice choice, int index)
    {
        var score = ScoreTerm(input, TextNormalizer.ToComparable(choice.Value));
        string? synonymUsed = null;
        if (choice.Synonyms is { } synonyms)
        {
            foreach (var synonym in synonyms)
            {
                var synonymScore = ScoreTerm(input, TextNormalizer.ToComparable(synonym));
                if (synonymScore > score + Tolerance)
                {
                    score = synonymScore;
                    synonymUsed = synonym;
                }
            }
        }

        return score > 0 ? new FoundChoice(choice.Value, index, score, synonymUsed) : null;
    }

    /// <summary>How much of the longer text the shorter one covers, when one contains the other; else 0.</summary>
    private static double ScoreTerm(string input, string term)
    {
        if (term.Length == 0)
        {
            return 0;
        }

        if (input.Contains(term, StringComparison.Ordinal))
        {
            return (double)term.Length / input.Length;
        }

        if (input.Length >= 2 && term.Contains(input, StringComparison.Ordinal))
        {
            return (double)input.Length / term.Length;
        }

        return 0;
    }
}
