using Microsoft.Data.Sqlite;

namespace OnlineService.Storage.Sqlite;

/// <summary>Short forms for building parameterised commands.</summary>
internal static class SqliteCommandExtensions
{
    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset GetTimestamp(this SqliteDataReader reader, int ordinal) =>
        UnixTime.FromMilliseconds(reader.GetInt64(ordinal));

    public static DateTimeOffset? GetNullableTimestamp(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : UnixTime.FromMilliseconds(reader.GetInt64(ordinal));
}
