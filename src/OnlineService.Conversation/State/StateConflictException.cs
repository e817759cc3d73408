namespace OnlineService.Conversation.State;

/// <summary>Thrown when a write names a version of an item that is no longer the stored one.</summary>
public sealed class StateConflictException : Exception
{
    public StateConflictException(string key)
        : base($"The stored item '{key}' was changed by someone else since it was read; reload it and retry.") => Key = key;

    public StateConflictException(string key, Exception innerException)
        : base($"The stored item '{key}' was changed by someone else since it was read; reload it and retry.", innerException) => Key = key;

    public string Key { get; }
}
