using OnlineService.Services.Accounts;

namespace OnlineService.Storage.Sqlite;

/// <summary>
/// <see cref="IAccountBindingStore"/> on SQLite: one row per user in <c>account_bindings</c> (the record as JSON and its
/// version) and one row per bound account in <c>account_binding_accounts</c>, written in one transaction whose
/// version check is part of the statement.
/// </summary>
internal sealed class SqliteAccountBindingStore(SqliteDatabase database) : IAccountBindingStore
{
    public async Task<StoredAccountBindings?> ReadAsync(string channelId, string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT json, version FROM account_bindings WHERE channel_id = $channel AND user_id = $user;")
            .With("$channel", channelId)
            .With("$user", userId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredAccountBindings(AccountBindingJson.Deserialize(reader.GetString(0), $"{channelId}/{userId}"), reader.GetString(1))
            : null;
    }

    public async Task SaveAsync(
        string channelId, string userId, AccountBindingRecord record, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var sql = expectedVersion is null
            ? "INSERT INTO account_bindings (channel_id, user_id, version, json) VALUES ($channel, $user, $version, $json) ON CONFLICT DO NOTHING;"
            : "UPDATE account_bindings SET version = $version, json = $json WHERE channel_id = $channel AND user_id = $user AND version = $expected;";

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using (var write = connection.Command(sql, transaction)
            .With("$channel", channelId)
            .With("$user", userId)
            .With("$version", ETags.New())
            .With("$json", AccountBindingJson.Serialize(record))
            .With("$expected", expectedVersion))
        {
            if (await write.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw new AccountBindingConflictException(
                    $"The binding record of {channelId}/{userId} was created or changed by someone else since it was read; read it again and retry.");
            }
        }

        await using (var clear = connection.Command("DELETE FROM account_binding_accounts WHERE channel_id = $channel AND user_id = $user;", transaction)
            .With("$channel", channelId)
            .With("$user", userId))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var number in AccountBindingJson.AccountNumbers(record))
        {
            await using var add = connection.Command(
                    "INSERT INTO account_binding_accounts (account_number, channel_id, user_id) VALUES ($number, $channel, $user);", transaction)
                .With("$number", number)
                .With("$channel", channelId)
                .With("$user", userId);
            await add.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AccountHolder>> FindHoldersAsync(string accountNumber, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT channel_id, user_id FROM account_binding_accounts WHERE account_number = $number;")
            .With("$number", accountNumber);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var holders = new List<AccountHolder>();
        while (await reader.ReadAsync(cancellationToken))
        {
            holders.Add(new AccountHolder(reader.GetString(0), reader.GetString(1)));
        }

        return holders;
    }
}
