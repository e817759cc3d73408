using System.Globalization;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Storage.Sqlite;

/// <summary><see cref="IWorkOrderNumberSource"/> on SQLite: one upsert-and-return statement per number, run by the writer, atomic across processes.</summary>
internal sealed class SqliteWorkOrderNumberSource(SqliteDatabase database) : IWorkOrderNumberSource
{
    public async Task<long> NextAsync(DateOnly day, CancellationToken cancellationToken)
    {
        return await database.WriteAsync(
            async (connection, cancellationToken) =>
            {
                await using var next = connection.Command(
                        """
                        INSERT INTO work_order_numbers (day, last) VALUES ($day, 1)
                        ON CONFLICT (day) DO UPDATE SET last = last + 1
                        RETURNING last;
                        """)
                    .With("$day", day.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
                return Convert.ToInt64(await next.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            },
            cancellationToken);
    }
}
