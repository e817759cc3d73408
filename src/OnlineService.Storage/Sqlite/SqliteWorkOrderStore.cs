using OnlineService.Services.WorkOrders;

namespace OnlineService.Storage.Sqlite;

/// <summary>
/// <see cref="IWorkOrderStore"/> on SQLite: the order as JSON plus indexed status, resident, category and receipt time.
/// A first save is an insert that does nothing when the number exists; later saves update only the row whose version
/// still matches, so SQLite decides the version check atomically.
/// </summary>
internal sealed class SqliteWorkOrderStore(SqliteDatabase database) : IWorkOrderStore
{
    public async Task<WorkOrder?> GetAsync(string number, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(number);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.Command("SELECT json, version FROM work_orders WHERE number = $number;").With("$number", number);
        var orders = await ReadAllAsync(select, cancellationToken);
        return orders.Count == 0 ? null : orders[0];
    }

    public async Task<WorkOrder> SaveAsync(WorkOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentException.ThrowIfNullOrEmpty(order.Number);
        var version = order.Version + 1;
        var saved = order with { Version = version };
        await database.WriteAsync(
            async (connection, cancellationToken) =>
            {
                var sql = order.Version == 0
                    ? """
                      INSERT INTO work_orders (number, version, status, resident_id, category, received_at, json)
                      VALUES ($number, $version, $status, $resident, $category, $received, $json)
                      ON CONFLICT (number) DO NOTHING;
                      """
                    : """
                      UPDATE work_orders
                      SET version = $version, status = $status, resident_id = $resident, category = $category, received_at = $received, json = $json
                      WHERE number = $number AND version = $expected;
                      """;
                await using var write = connection.Command(sql)
                    .With("$number", order.Number)
                    .With("$version", version)
                    .With("$expected", order.Version)
                    .With("$status", order.Status.ToString())
                    .With("$resident", order.ResidentId)
                    .With("$category", order.Category.ToString())
                    .With("$received", UnixTime.ToMilliseconds(order.ReceivedAt))
                    .With("$json", WorkOrderJson.Serialize(saved));
                if (await write.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    throw new WorkOrderConcurrencyException(
                        $"Work order {order.Number} was not saved: the store holds another version than {order.Version}. Reload it and apply the change again.");
                }
            },
            cancellationToken);
        return saved;
    }

    public Task<IReadOnlyList<WorkOrder>> ListByStatusAsync(WorkOrderStatus status, CancellationToken cancellationToken) =>
        ListAsync("status", status.ToString(), cancellationToken);

    public Task<IReadOnlyList<WorkOrder>> ListByResidentAsync(string residentId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(residentId);
        return ListAsync("resident_id", residentId, cancellationToken);
    }

    private async Task<IReadOnlyList<WorkOrder>> ListAsync(string column, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.Command(
                $"SELECT json, version FROM work_orders WHERE {column} = $value ORDER BY received_at, number;")
            .With("$value", value);
        return await ReadAllAsync(select, cancellationToken);
    }

    private static async Task<IReadOnlyList<WorkOrder>> ReadAllAsync(Microsoft.Data.Sqlite.SqliteCommand select, CancellationToken cancellationToken)
    {
        var orders = new List<WorkOrder>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            orders.Add(WorkOrderJson.Deserialize(reader.GetString(0), reader.GetInt64(1)));
        }

        return orders;
    }
}
