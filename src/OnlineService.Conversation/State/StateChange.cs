namespace OnlineService.Conversation.State;

/// <summary>
/// A state document to be written as part of a larger unit (a turn's commit). <see cref="ExpectedETag"/> has the
/// meaning of <see cref="IStateStore.WriteAsync"/>'s: null creates, <see cref="StoredItem.AnyETag"/> overwrites,
/// anything else must still be the stored ETag or the whole unit fails with <see cref="StateConflictException"/>.
/// </summary>
public sealed record StateChange(string Key, string Json, string? ExpectedETag);
