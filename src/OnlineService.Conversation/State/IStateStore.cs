namespace OnlineService.Conversation.State;

/// <summary>
/// Key-value storage of JSON documents with optimistic concurrency. Every write assigns a new ETag;
/// a write that names an ETag the stored item no longer has fails with <see cref="StateConflictException"/>,
/// so a concurrent change is detected and never silently overwritten.
/// </summary>
public interface IStateStore
{
    /// <summary>Reads an item, or returns <c>null</c> when the key does not exist.</summary>
    Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes an item and returns its new ETag.
    /// <paramref name="expectedETag"/> is <c>null</c> to create (fails if the key exists),
    /// <see cref="StoredItem.AnyETag"/> to write unconditionally, or the ETag last read (fails if it changed).
    /// </summary>
    Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes an item. <paramref name="expectedETag"/> as for <see cref="WriteAsync"/>, except that <c>null</c> means
    /// unconditional. Deleting a missing key is not an error.
    /// </summary>
    Task DeleteAsync(string key, string? expectedETag, CancellationToken cancellationToken = default);
}
