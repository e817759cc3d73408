using Microsoft.Data.Sqlite;
using OnlineService.Storage.Agents;

namespace OnlineService.Storage.Sqlite;

/// <summary>
/// <see cref="IAgentAccountStore"/> on SQLite: creation is <c>INSERT … ON CONFLICT DO NOTHING</c> on the primary key,
/// an update is one <c>UPDATE … WHERE version = $expected</c>, so concurrent writers cannot overwrite each other.
/// </summary>
internal sealed class SqliteAgentAccountStore(SqliteDatabase database) : IAgentAccountStore
{
    private const string Columns =
        "user_name, display_name, role, password_hash, security_stamp, failed_sign_ins, locked_until, created_at, updated_at, version";

    public async Task<AgentAccount?> FindAsync(string userName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.Command($"SELECT {Columns} FROM agent_accounts WHERE user_name = $user;").With("$user", userName);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<AgentAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.Command($"SELECT {Columns} FROM agent_accounts ORDER BY user_name;");
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var accounts = new List<AgentAccount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            accounts.Add(Read(reader));
        }

        return accounts;
    }

    public async Task<AgentAccount?> TryCreateAsync(AgentAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(account.UserName);
        var created = account with { Version = 1 };
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var insert = Bind(
            connection.Command(
                $"""
                INSERT INTO agent_accounts ({Columns})
                VALUES ($user, $display, $role, $hash, $stamp, $failed, $locked, $created, $updated, $version)
                ON CONFLICT (user_name) DO NOTHING;
                """),
            created);
        return await insert.ExecuteNonQueryAsync(cancellationToken) == 1 ? created : null;
    }

    public async Task<AgentAccount?> TryUpdateAsync(AgentAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(account.UserName);
        var updated = account with { Version = account.Version + 1 };
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var update = Bind(
                connection.Command(
                    """
                    UPDATE agent_accounts
                    SET display_name = $display, role = $role, password_hash = $hash, security_stamp = $stamp,
                        failed_sign_ins = $failed, locked_until = $locked, updated_at = $updated, version = $version
                    WHERE user_name = $user AND version = $expected;
                    """),
                updated)
            .With("$expected", account.Version);
        return await update.ExecuteNonQueryAsync(cancellationToken) == 1 ? updated : null;
    }

    private static SqliteCommand Bind(SqliteCommand command, AgentAccount account) => command
        .With("$user", account.UserName)
        .With("$display", account.DisplayName)
        .With("$role", account.Role)
        .With("$hash", account.PasswordHash)
        .With("$stamp", account.SecurityStamp)
        .With("$failed", account.FailedSignIns)
        .With("$locked", account.LockedUntil is { } locked ? UnixTime.ToMilliseconds(locked) : null)
        .With("$created", UnixTime.ToMilliseconds(account.CreatedAt))
        .With("$updated", UnixTime.ToMilliseconds(account.UpdatedAt))
        .With("$version", account.Version);

    private static AgentAccount Read(SqliteDataReader reader) => new()
    {
        UserName = reader.GetString(0),
        DisplayName = reader.GetString(1),
        Role = reader.GetString(2),
        PasswordHash = reader.GetString(3),
        SecurityStamp = reader.GetString(4),
        FailedSignIns = reader.GetInt32(5),
        LockedUntil = reader.GetNullableTimestamp(6),
        CreatedAt = reader.GetTimestamp(7),
        UpdatedAt = reader.GetTimestamp(8),
        Version = reader.GetInt64(9),
    };
}
