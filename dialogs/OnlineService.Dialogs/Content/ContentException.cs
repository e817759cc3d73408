namespace OnlineService.Dialogs.Content;

/// <summary>Content files that cannot be used as they are; the message says which file and what to fix.</summary>
public sealed class ContentException : Exception
{
    public ContentException(string message)
        : base(message)
    {
    }

    public ContentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
