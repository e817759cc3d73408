namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>How precise a recognised date-time is, and so how to read <see cref="DateTimeResolution"/>.</summary>
public enum DateTimeGranularity
{
    /// <summary>A calendar day ("明天", "11月20日", "周五"): Start is its midnight, End is null.</summary>
    Date,

    /// <summary>A point in time ("明天下午三点", "半小时后"): Start is the moment, End is null.</summary>
    DateTime,

    /// <summary>
    /// Part of a day ("周五上午", "下午两点到四点"): Start inclusive, End exclusive. End may be the next midnight
    /// ("晚上八点到十二点").
    /// </summary>
    TimeRange,

    /// <summary>
    /// Whole days ("周末", "下周", "11月20日到22日"): Start is the first day's midnight, End the midnight after the last day.
    /// </summary>
    DateRange,
}
