using OnlineService.Conversation.Messaging;
using OnlineService.Conversation.State;

namespace OnlineService.Storage.Sqlite;

/// <summary>
/// <see cref="ITurnStore"/> on SQLite: each call is one unit of the writer (a savepoint inside its group commit), so
/// an admission or a turn's results are durable together or not at all, and share their WAL sync with the other
/// callers of the moment.
/// </summary>
internal sealed class SqliteTurnStore(SqliteDatabase database) : ITurnStore
{
    public Task<InboundAdmission> AdmitAsync(InboundMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(message.Id);
        ArgumentException.ThrowIfNullOrEmpty(message.DedupeKey);
        return database.WriteAsync(
            async (connection, token) =>
            {
                var admission = await SqliteInboundStore.AdmitOnAsync(connection, message, token);
                if (admission.IsNew)
                {
                    await SqliteTranscriptStore.AppendOnAsync(connection, message.ConversationId, message.ActivityJson, message.ReceivedAt, token);
                }

                return admission;
            },
            cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, string>> CommitAsync(TurnCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(commit.InboundId);
        foreach (var reply in commit.Replies)
        {
            ArgumentException.ThrowIfNullOrEmpty(reply.Id);
        }

        // ETags are chosen before the unit runs, so a unit re-run by nobody but this caller stays deterministic.
        var etags = commit.State.ToDictionary(change => change.Key, _ => ETags.New(), StringComparer.Ordinal);
        return database.WriteAsync<IReadOnlyDictionary<string, string>>(
            async (connection, token) =>
            {
                foreach (var change in commit.State)
                {
                    await SqliteStateStore.WriteOnAsync(connection, change.Key, change.Json, change.ExpectedETag, etags[change.Key], token);
                }

                await SqliteOutboxStore.EnqueueOnAsync(connection, commit.Replies, token);
                await SqliteInboundStore.CompleteOnAsync(connection, commit.InboundId, commit.CompletedAt, token);
                return etags;
            },
            cancellationToken);
    }
}
