namespace OnlineService.Channels.WeChat;

/// <summary>A platform XML body was refused; the endpoint answers 400 (413 for <see cref="SafeXmlFailure.TooLarge"/>).</summary>
public sealed class SafeXmlException : Exception
{
    public SafeXmlException(SafeXmlFailure failure, string message)
        : base(message) => Failure = failure;

    public SafeXmlException(SafeXmlFailure failure, string message, Exception innerException)
        : base(message, innerException) => Failure = failure;

    public SafeXmlException()
        : this(SafeXmlFailure.Malformed, "The XML document was refused.")
    {
    }

    public SafeXmlException(string message)
        : this(SafeXmlFailure.Malformed, message)
    {
    }

    public SafeXmlException(string message, Exception innerException)
        : this(SafeXmlFailure.Malformed, message, innerException)
    {
    }

    public SafeXmlFailure Failure { get; }
}
