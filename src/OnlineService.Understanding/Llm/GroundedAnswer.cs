using System.Diagnostics.CodeAnalysis;
using OnlineService.Understanding.Faq;

namespace OnlineService.Understanding.Llm;

/// <summary>
/// A composed answer, or the typed reason there is none. <see cref="Text"/> is set only when
/// <see cref="Outcome"/> is <see cref="GroundedAnswerOutcome.Answered"/>; <see cref="Sources"/> are the passages it
/// rests on and <see cref="Citations"/> their standard clauses, to show under the answer.
/// </summary>
public sealed record GroundedAnswer(
    GroundedAnswerOutcome Outcome,
    string? Text,
    IReadOnlyList<FaqPassage> Sources,
    IReadOnlyList<string> Citations,
    string Reason)
{
    [MemberNotNullWhen(true, nameof(Text))]
    public bool IsAnswered => Outcome == GroundedAnswerOutcome.Answered && Text is not null;

    internal static GroundedAnswer Answered(string text, IReadOnlyList<FaqPassage> sources) =>
        new(GroundedAnswerOutcome.Answered, text, sources,
            [.. sources.Select(s => s.Citation).OfType<string>().Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)],
            "answered from the cited passages");

    internal static GroundedAnswer Refused(string reason) => new(GroundedAnswerOutcome.Refused, null, [], [], reason);

    internal static GroundedAnswer Unavailable(string reason) => new(GroundedAnswerOutcome.Unavailable, null, [], [], reason);
}
