namespace OnlineService.Storage;

/// <summary>
/// Timestamps are stored as UTC with millisecond precision (SQLite: unix milliseconds; MongoDB: BSON dates),
/// so they sort and compare correctly whatever offset the caller used. Values read back are in UTC.
/// </summary>
internal static class UnixTime
{
    public static long ToMilliseconds(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMilliseconds(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    /// <summary>The BSON date for a timestamp; the driver keeps milliseconds, as SQLite does.</summary>
    public static DateTime ToUtcDateTime(DateTimeOffset value) => FromMilliseconds(ToMilliseconds(value)).UtcDateTime;

    public static DateTimeOffset FromUtcDateTime(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
