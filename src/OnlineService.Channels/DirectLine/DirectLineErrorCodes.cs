namespace OnlineService.Channels.DirectLine;

/// <summary>The error codes of the Direct Line 3.0 API reference that this gateway uses.</summary>
public static class DirectLineErrorCodes
{
    public const string BadArgument = "BadArgument";
    public const string TokenExpired = "TokenExpired";
    public const string Unauthorized = "Unauthorized";
    public const string NotFound = "NotFound";
    public const string TooManyRequests = "TooManyRequests";
    public const string MessageSizeTooBig = "MessageSizeTooBig";
    public const string BadContentType = "BadContentType";
}
