using Microsoft.Data.Sqlite;
using OnlineService.Conversation.State;

namespace OnlineService.Storage.Sqlite;

/// <summary>
/// <see cref="IStateStore"/> on SQLite. Every conditional write is one statement whose WHERE / ON CONFLICT clause
/// carries the condition, so the check and the write cannot be separated by another writer.
/// </summary>
internal sealed class SqliteStateStore(SqliteDatabase database) : IStateStore
{
    public async Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT json, etag FROM state_items WHERE key = $key;").With("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredItem(key, reader.GetString(0), reader.GetString(1)) : null;
    }

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(json);
        var etag = ETags.New();
        await database.WriteAsync((connection, token) => WriteOnAsync(connection, key, json, expectedETag, etag, token), cancellationToken);
        return etag;
    }

    /// <summary>
    /// The conditional write as one statement, run inside a write unit of <see cref="SqliteDatabase"/>; throws
    /// <see cref="StateConflictException"/> (failing the unit) when the condition does not hold.
    /// </summary>
    internal static async Task WriteOnAsync(
        SqliteConnection connection, string key, string json, string? expectedETag, string etag, CancellationToken cancellationToken)
    {
        var sql = expectedETag switch
        {
            null => "INSERT INTO state_items (key, json, etag) VALUES ($key, $json, $etag) ON CONFLICT (key) DO NOTHING;",
            StoredItem.AnyETag => """
                INSERT INTO state_items (key, json, etag) VALUES ($key, $json, $etag)
                ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag;
                """,
            _ => "UPDATE state_items SET json = $json, etag = $etag WHERE key = $key AND etag = $expected;",
        };

        await using var command = connection.Command(sql)
            .With("$key", key)
            .With("$json", json)
            .With("$etag", etag)
            .With("$expected", expectedETag);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new StateConflictException(key);
        }
    }

    public async Task DeleteAsync(string key, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await database.WriteAsync(
            async (connection, token) =>
            {
                if (expectedETag is null or StoredItem.AnyETag)
                {
                    await using var unconditional = connection.Command("DELETE FROM state_items WHERE key = $key;").With("$key", key);
                    await unconditional.ExecuteNonQueryAsync(token);
                    return;
                }

                // Nothing deleted means: gone already (fine) or another version (conflict). Asked inside the same
                // write unit, so the answer describes the moment of the delete.
                await using var delete = connection.Command("DELETE FROM state_items WHERE key = $key AND etag = $expected;")
                    .With("$key", key)
                    .With("$expected", expectedETag);
                if (await delete.ExecuteNonQueryAsync(token) == 0)
                {
                    await using var exists = connection.Command("SELECT 1 FROM state_items WHERE key = $key;").With("$key", key);
                    if (await exists.ExecuteScalarAsync(token) is not null)
                    {
                        throw new StateConflictException(key);
                    }
                }
            },
            cancellationToken);
    }
}
