namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>
/// One piece of a date-time expression found in folded text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.
/// Which properties are set depends on <see cref="Kind"/>.
/// </summary>
internal sealed record DateTimeToken(DateTimeTokenKind Kind, int Start, int End)
{
    /// <summary>The day (Date tokens), or the first day of a span.</summary>
    public DateOnly Date { get; init; }

    /// <summary>The last day, inclusive, when a Date token spans days.</summary>
    public DateOnly? LastDate { get; init; }

    /// <summary>The part of the day of a Period token, or the one a Date word implies (今晚, 明早).</summary>
    public DayPeriod? Period { get; init; }

    /// <summary>The clock time of a Clock token, or the start of its span.</summary>
    public ClockTime From { get; init; }

    /// <summary>The end of a Clock token's span.</summary>
    public ClockTime? To { get; init; }

    /// <summary>How long from now, for an Offset token.</summary>
    public TimeSpan Offset { get; init; }
}
