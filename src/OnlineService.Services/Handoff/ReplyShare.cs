namespace OnlineService.Services.Handoff;

/// <summary>How many of a set of messages were answered within the 10-minute limit.</summary>
/// <param name="Key">The channel, group or agent id the row is about.</param>
/// <param name="Messages">Messages whose limit has passed, or which were answered.</param>
/// <param name="AnsweredInTime">Of those, answered within the limit.</param>
public sealed record ReplyShare(string Key, int Messages, int AnsweredInTime)
{
    /// <summary>The share answered in time, 1 when there were no messages.</summary>
    public double Share => Messages == 0 ? 1 : (double)AnsweredInTime / Messages;
}
