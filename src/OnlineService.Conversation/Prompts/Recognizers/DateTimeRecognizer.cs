namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>
/// Finds the first Chinese date-time expression in a resident's text and resolves it against <c>now</c>, keeping
/// <c>now</c>'s offset. An expression is a cluster of pieces at most two characters apart ("明天的下午三点"):
/// one day (明天, 周五, 11月20日, 三天后), one part of the day (下午) and one clock time or span (三点, 两点到四点);
/// or on its own a time from now (半小时后) or a span of days (周末, 下周, 11月20日到22日).
/// </summary>
/// <remarks>
/// Resolution rules:
/// <list type="bullet">
/// <item>A day alone is a <see cref="DateTimeGranularity.Date"/>; with a part of the day and no clock time it is that
/// part's window (<see cref="DayPeriod"/>: 上午 08–12, 下午 14–18, 晚上 18–22 …) as a
/// <see cref="DateTimeGranularity.TimeRange"/>.</item>
/// <item>A clock time without a part of the day reads 1–6 o'clock as afternoon (see <see cref="DayPeriods.ToMinutes"/>).</item>
/// <item>Without a day, a clock time or window is today if it has not passed, otherwise tomorrow; an hour from 7 to 11
/// said without 上午/下午 that has passed this morning is taken as the evening if that is still ahead.</item>
/// <item>A month-day without a year and a weekday without 这/下/上 are their next occurrence on or after today.</item>
/// </list>
/// </remarks>
public static class DateTimeRecognizer
{
    private const int MaxGap = 2;

    public static DateTimeResolution? Recognize(string text, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = TextNormalizer.Fold(text);
        var today = DateOnly.FromDateTime(now.DateTime);
        DateTimeToken? date = null;
        DateTimeToken? period = null;
        DateTimeToken? clock = null;
        var clusterStart = -1;
        var clusterEnd = -1;
        for (var i = 0; i < folded.Length;)
        {
            if (clusterStart >= 0 && i - clusterEnd > MaxGap)
            {
                break;
            }

            var token = MatchAt(folded, i, today);
            if (token is null)
            {
                i++;
                continue;
            }

            if (clusterStart < 0 && (token.Kind == DateTimeTokenKind.Offset || token.LastDate is not null))
            {
                // A time from now or a span of days stands alone.
                return Resolve(token, null, null, now, text[token.Start..token.End]);
            }

            var joined = token.Kind switch
            {
                DateTimeTokenKind.Date when date is null && token.LastDate is null => date = token,
                DateTimeTokenKind.Period when period is null => period = token,
                DateTimeTokenKind.Clock when clock is null => clock = token,
                _ => null,
            };
            if (joined is null)
            {
                break; // a second day or time starts another expression ("明天不行，后天")
            }

            clusterStart = clusterStart < 0 ? token.Start : clusterStart;
            clusterEnd = token.End;
            i = token.End;
        }

        return clusterStart < 0 ? null : Resolve(date, period, clock, now, text[clusterStart..clusterEnd]);
    }

    private static DateTimeToken? MatchAt(string folded, int i, DateOnly today)
    {
        if (OffsetTokenMatcher.Match(folded, i, today) is { } offset)
        {
            return offset;
        }

        if (DateTokenMatcher.Match(folded, i, today) is { } date)
        {
            return date;
        }

        if (ClockTokenMatcher.Match(folded, i) is { } clock)
        {
            return clock;
        }

        var length = DayPeriods.Match(folded, i, out var period);
        return length > 0 ? new DateTimeToken(DateTimeTokenKind.Period, i, i + length) { Period = period } : null;
    }

    private static DateTimeResolution Resolve(
        DateTimeToken? date, DateTimeToken? period, DateTimeToken? clock, DateTimeOffset now, string matched)
    {
        var today = DateOnly.FromDateTime(now.DateTime);
        if (date is { Kind: DateTimeTokenKind.Offset })
        {
            return new DateTimeResolution(now + date.Offset, null, DateTimeGranularity.DateTime, matched);
        }

        if (date?.LastDate is { } lastDay)
        {
            return new DateTimeResolution(
                At(date.Date, 0, now), At(lastDay.AddDays(1), 0, now), DateTimeGranularity.DateRange, matched);
        }

        var dayPeriod = period?.Period ?? date?.Period;
        if (clock is not null)
        {
            return ResolveClock(date?.Date, dayPeriod, clock, now, matched);
        }

        if (dayPeriod is { } part)
        {
            var (start, end) = DayPeriods.Window(part);
            var day = date?.Date ?? (At(today, end, now) > now ? today : today.AddDays(1));
            return new DateTimeResolution(At(day, start, now), At(day, end, now), DateTimeGranularity.TimeRange, matched);
        }

        return new DateTimeResolution(At(date!.Date, 0, now), null, DateTimeGranularity.Date, matched);
    }

    private static DateTimeResolution ResolveClock(
        DateOnly? date, DayPeriod? dayPeriod, DateTimeToken clock, DateTimeOffset now, string matched)
    {
        var from = clock.From;
        var fromPeriod = from.Period ?? dayPeriod;
        var start = DayPeriods.ToMinutes(from.Hour, from.Minute, fromPeriod);
        int? end = null;
        if (clock.To is { } to)
        {
            var endMinutes = DayPeriods.ToMinutes(to.Hour, to.Minute, to.Period ?? fromPeriod);
            while (endMinutes <= start)
            {
                endMinutes += 12 * 60; // "十一点到一点" ends at 13:00
            }

            end = endMinutes;
        }

        var today = DateOnly.FromDateTime(now.DateTime);
        var day = date ?? today;
        if (date is null && At(today, start, now) < now)
        {
            var eveningStillAhead = fromPeriod is null && from.Hour is >= 7 and <= 11
                && At(today, start + (12 * 60), now) >= now;
            if (eveningStillAhead)
            {
                start += 12 * 60;
                end += 12 * 60;
            }
            else
            {
                day = today.AddDays(1);
            }
        }

        return end is { } e
            ? new DateTimeResolution(At(day, start, now), At(day, e, now), DateTimeGranularity.TimeRange, matched)
            : new DateTimeResolution(At(day, start, now), null, DateTimeGranularity.DateTime, matched);
    }

    private static DateTimeOffset At(DateOnly day, int minutes, DateTimeOffset now) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), now.Offset).AddMinutes(minutes);
}
