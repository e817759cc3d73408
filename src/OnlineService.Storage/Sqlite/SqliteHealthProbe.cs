using Microsoft.Data.Sqlite;

namespace OnlineService.Storage.Sqlite;

/// <summary>Opens the database (creating it on first use) and runs <c>SELECT 1</c>.</summary>
internal sealed class SqliteHealthProbe(SqliteDatabase database) : IStoreHealthProbe
{
    public async Task<StoreHealth> CheckAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = connection.Command("SELECT 1;");
            await command.ExecuteScalarAsync(cancellationToken);
            return new StoreHealth(true, StorageProviders.Sqlite, $"SQLite file '{database.FilePath}' answers.");
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return new StoreHealth(
                false,
                StorageProviders.Sqlite,
                $"SQLite file '{database.FilePath}' is not usable: {exception.Message} Check that the folder exists and is writable, or change Storage:Sqlite:Path.");
        }
    }
}
