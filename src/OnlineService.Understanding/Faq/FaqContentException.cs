namespace OnlineService.Understanding.Faq;

/// <summary>FAQ content that cannot be served; the message names the file and says how to fix it.</summary>
public sealed class FaqContentException : Exception
{
    public FaqContentException()
    {
    }

    public FaqContentException(string message)
        : base(message)
    {
    }

    public FaqContentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
