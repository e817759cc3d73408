namespace OnlineService.Services.WorkOrders;

/// <summary>How a time limit is counted.</summary>
public enum SlaUnit
{
    /// <summary>"At once" (第一时间、立即); the clock uses the profile's <see cref="ServiceProfile.ImmediateGrace"/>.</summary>
    Immediately,

    /// <summary>Calendar minutes.</summary>
    Minutes,

    /// <summary>Calendar hours, nights and holidays included.</summary>
    Hours,

    /// <summary>Working days on the China calendar, ending at the close of the last one.</summary>
    WorkingDays,
}
