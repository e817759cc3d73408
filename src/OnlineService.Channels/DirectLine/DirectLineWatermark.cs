using System.Globalization;

namespace OnlineService.Channels.DirectLine;

/// <summary>
/// Watermarks are the transcript's sequence numbers as strings: "5" means "the client has everything up to entry 5".
/// Empty or missing means "nothing yet", so the whole retained history is replayed.
/// </summary>
public static class DirectLineWatermark
{
    public static bool TryParse(string? value, out long afterSequence)
    {
        afterSequence = 0;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out afterSequence);
    }

    public static string Format(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);
}
