using Microsoft.Data.Sqlite;
using OnlineService.Conversation.Messaging;

namespace OnlineService.Storage.Sqlite;

/// <summary>
/// <see cref="ITranscriptStore"/> on SQLite. The next sequence is computed and inserted by one statement, run by the
/// one writer inside its transaction (and under the file's write lock against other processes): concurrent appends, from this process or another, get 1, 2, 3… without gaps,
/// and an entry is visible only once every lower number is.
/// </summary>
internal sealed class SqliteTranscriptStore(SqliteDatabase database) : ITranscriptStore
{
    public Task<long> AppendAsync(string conversationId, string activityJson, DateTimeOffset recordedAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activityJson);
        return database.WriteAsync((connection, token) => AppendOnAsync(connection, conversationId, activityJson, recordedAt, token), cancellationToken);
    }

    /// <summary>The append's statement, run inside a write unit of <see cref="SqliteDatabase"/>.</summary>
    internal static async Task<long> AppendOnAsync(
        SqliteConnection connection, string conversationId, string activityJson, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        await using var insert = connection.Command(
                """
                INSERT INTO transcript_entries (conversation_id, sequence, activity_json, recorded_at)
                SELECT $conversation, COALESCE(MAX(sequence), 0) + 1, $activity, $recorded
                FROM transcript_entries WHERE conversation_id = $conversation
                RETURNING sequence;
                """)
            .With("$conversation", conversationId)
            .With("$activity", activityJson)
            .With("$recorded", UnixTime.ToMilliseconds(recordedAt));
        return (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<TranscriptEntry>> ReadAsync(string conversationId, long afterSequence, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.Command(
                """
                SELECT sequence, activity_json, recorded_at FROM transcript_entries
                WHERE conversation_id = $conversation AND sequence > $after
                ORDER BY sequence
                LIMIT $max;
                """)
            .With("$conversation", conversationId)
            .With("$after", afterSequence)
            .With("$max", max);
        var entries = new List<TranscriptEntry>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new TranscriptEntry(conversationId, reader.GetInt64(0), reader.GetString(1), reader.GetTimestamp(2)));
        }

        return entries;
    }
}
