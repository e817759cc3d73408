namespace OnlineService.Gateway.Outbox;

/// <summary>One change reported by an <see cref="IStoreChangeFeed"/>.</summary>
public readonly record struct StoreChange(StoreChangeKind Kind, string ConversationId);
