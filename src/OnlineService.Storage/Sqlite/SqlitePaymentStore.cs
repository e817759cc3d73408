using Microsoft.Data.Sqlite;
using OnlineService.Services.Billing;

namespace OnlineService.Storage.Sqlite;

/// <summary><see cref="IPaymentStore"/> on SQLite (table <c>payments</c>, schema step 9). Every transition is one UPDATE whose
/// WHERE clause holds the allowed previous states, so concurrent writers cannot both win.</summary>
internal sealed class SqlitePaymentStore(SqliteDatabase database) : IPaymentStore
{
    private const string Columns = "out_trade_no, bill_id, account_number, amount_fen, method, notice_address, created_at, expires_at, status, trade_no, paid_at, notifications_received, applied_count, applied_at";

    public async Task<bool> CreateAsync(PaymentRecord record, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
                $"INSERT INTO payments ({Columns}) VALUES ($no, $bill, $account, $amount, $method, $address, $created, $expires, $status, $trade, $paid, 0, 0, NULL) ON CONFLICT DO NOTHING;")
            .With("$no", record.OutTradeNo)
            .With("$bill", record.BillId)
            .With("$account", record.AccountNumber)
            .With("$amount", record.AmountFen)
            .With("$method", record.Method)
            .With("$address", record.NoticeAddress)
            .With("$created", UnixTime.ToMilliseconds(record.CreatedAt))
            .With("$expires", UnixTime.ToMilliseconds(record.ExpiresAt))
            .With("$status", record.Status.ToString())
            .With("$trade", record.TradeNo)
            .With("$paid", record.PaidAt is { } paid ? UnixTime.ToMilliseconds(paid) : null);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<PaymentRecord?> FindAsync(string outTradeNo, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {Columns} FROM payments WHERE out_trade_no = $no;").With("$no", outTradeNo);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public Task RecordNotificationAsync(string outTradeNo, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE payments SET notifications_received = notifications_received + 1 WHERE out_trade_no = $no;", outTradeNo, null, cancellationToken);

    public async Task<bool> MarkPaidAsync(string outTradeNo, string? tradeNo, DateTimeOffset paidAt, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(
            "UPDATE payments SET status = 'Paid', trade_no = COALESCE($trade, trade_no), paid_at = $at WHERE out_trade_no = $no AND status IN ('Open', 'Closed');",
            outTradeNo, c => c.With("$trade", tradeNo).With("$at", UnixTime.ToMilliseconds(paidAt)), cancellationToken) == 1;

    public async Task<bool> MarkClosedAsync(string outTradeNo, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("UPDATE payments SET status = 'Closed' WHERE out_trade_no = $no AND status = 'Open';", outTradeNo, null, cancellationToken) == 1;

    public Task MarkAppliedAsync(string outTradeNo, int appliedNow, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            "UPDATE payments SET applied_count = applied_count + $now, applied_at = COALESCE(applied_at, $at) WHERE out_trade_no = $no AND status = 'Paid';",
            outTradeNo, c => c.With("$now", appliedNow).With("$at", UnixTime.ToMilliseconds(at)), cancellationToken);

    public async Task<IReadOnlyList<PaymentRecord>> ListAsync(PaymentQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
                $"""
                SELECT {Columns} FROM payments
                WHERE ($from IS NULL OR created_at >= $from) AND ($to IS NULL OR created_at < $to)
                  AND ($status IS NULL OR status = $status) AND ($bill IS NULL OR bill_id = $bill)
                ORDER BY created_at DESC, out_trade_no DESC LIMIT $limit;
                """)
            .With("$from", query.From is { } from ? UnixTime.ToMilliseconds(from) : null)
            .With("$to", query.To is { } to ? UnixTime.ToMilliseconds(to) : null)
            .With("$status", query.Status?.ToString())
            .With("$bill", query.BillId)
            .With("$limit", query.Limit);
        return await ReadAllAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<PaymentRecord>> ListUnappliedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {Columns} FROM payments WHERE status = 'Paid' AND applied_at IS NULL ORDER BY paid_at, out_trade_no;");
        return await ReadAllAsync(command, cancellationToken);
    }

    private async Task<int> ExecuteAsync(string sql, string outTradeNo, Action<SqliteCommand>? bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(sql).With("$no", outTradeNo);
        bind?.Invoke(command);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<PaymentRecord>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<PaymentRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(Read(reader));
        }

        return records;
    }

    private static PaymentRecord Read(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4),
            reader.GetNullableString(5), reader.GetTimestamp(6), reader.GetTimestamp(7))
        {
            Status = Enum.Parse<PaymentStatus>(reader.GetString(8)),
            TradeNo = reader.GetNullableString(9),
            PaidAt = reader.GetNullableTimestamp(10),
            NotificationsReceived = reader.GetInt32(11),
            AppliedCount = reader.GetInt32(12),
            AppliedAt = reader.GetNullableTimestamp(13),
        };
}
