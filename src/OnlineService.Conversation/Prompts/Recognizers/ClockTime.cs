namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>A clock time as spoken: the hour (0–24) before any 下午 shift, and the period said with it, if any.</summary>
internal readonly record struct ClockTime(int Hour, int Minute, DayPeriod? Period);
