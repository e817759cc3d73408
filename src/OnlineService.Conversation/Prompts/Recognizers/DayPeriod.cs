namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>A named part of the day; windows and hour rules are in <see cref="DayPeriods"/>.</summary>
internal enum DayPeriod
{
    /// <summary>凌晨 00:00–06:00.</summary>
    Dawn,

    /// <summary>早上, 早晨, 清晨 06:00–09:00.</summary>
    EarlyMorning,

    /// <summary>上午 08:00–12:00.</summary>
    Morning,

    /// <summary>中午 11:00–13:00.</summary>
    Noon,

    /// <summary>下午 14:00–18:00.</summary>
    Afternoon,

    /// <summary>傍晚 17:00–19:00.</summary>
    Dusk,

    /// <summary>晚上, 夜里 18:00–22:00.</summary>
    Evening,

    /// <summary>半夜, 深夜 22:00–24:00.</summary>
    LateNight,

    /// <summary>白天 08:00–18:00.</summary>
    Daytime,
}
