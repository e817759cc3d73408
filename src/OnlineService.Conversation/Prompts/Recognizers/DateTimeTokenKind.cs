namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>The kinds of pieces a Chinese date-time expression is built from.</summary>
internal enum DateTimeTokenKind
{
    /// <summary>A day or a span of days: 明天, 周五, 11月20日, 三天后, 周末.</summary>
    Date,

    /// <summary>A part of the day: 上午, 晚上.</summary>
    Period,

    /// <summary>A clock time or a span of them: 三点半, 15:00, 两点到四点.</summary>
    Clock,

    /// <summary>A time counted from now: 半小时后.</summary>
    Offset,
}
