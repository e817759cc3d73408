namespace OnlineService.Gateway.Outbox;

/// <summary>
/// Changes other replicas made to the shared store, for a gateway running as several replicas: a reply queued (the
/// outbox dispatcher should look) or an activity appended to a conversation's transcript (that conversation's Direct
/// Line streams and held polls should read). Within one process the in-process signals say the same thing at once;
/// this feed carries them across replicas so that no replica has to poll. A store that can push changes implements it
/// (MongoDB: a change stream on the outbox and transcript collections, which needs a replica set); the embedded SQLite
/// store is one process's file and needs none. Without a feed, replicas rely on the dispatcher's sweep and, if set,
/// <c>DirectLine:StreamPollInterval</c>.
/// </summary>
public interface IStoreChangeFeed
{
    /// <summary>
    /// The changes from now on until <paramref name="cancellationToken"/> ends. May end or throw when the connection
    /// drops; the relay then subscribes again and wakes every listener once, since changes in the gap are unknown.
    /// </summary>
    IAsyncEnumerable<StoreChange> WatchAsync(CancellationToken cancellationToken);
}
