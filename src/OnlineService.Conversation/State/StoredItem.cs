namespace OnlineService.Conversation.State;

/// <summary>A JSON document as stored, with the ETag that identifies this version of it.</summary>
public sealed record StoredItem(string Key, string Json, string ETag)
{
    /// <summary>The ETag that matches any version: an unconditional write.</summary>
    public const string AnyETag = "*";
}
