using OnlineService.Services.Billing;

namespace OnlineService.Storage.Sqlite;

/// <summary><see cref="IRefundStore"/> on SQLite (table <c>payment_refunds</c>, schema step 9).</summary>
internal sealed class SqliteRefundStore(SqliteDatabase database) : IRefundStore
{
    private const string Columns = "out_request_no, out_trade_no, bill_id, amount_fen, reason, requested_by, requested_at, status, settled_at, failure_reason";

    public async Task<bool> CreateAsync(RefundRecord refund, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
                $"INSERT INTO payment_refunds ({Columns}) VALUES ($no, $trade, $bill, $amount, $reason, $by, $at, 'Pending', NULL, NULL) ON CONFLICT DO NOTHING;")
            .With("$no", refund.OutRequestNo)
            .With("$trade", refund.OutTradeNo)
            .With("$bill", refund.BillId)
            .With("$amount", refund.AmountFen)
            .With("$reason", refund.Reason)
            .With("$by", refund.RequestedBy)
            .With("$at", UnixTime.ToMilliseconds(refund.RequestedAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<RefundRecord?> FindAsync(string outRequestNo, CancellationToken cancellationToken = default)
    {
        var found = await QueryAsync($"SELECT {Columns} FROM payment_refunds WHERE out_request_no = $p;", outRequestNo, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<RefundRecord>> ListForPaymentAsync(string outTradeNo, CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {Columns} FROM payment_refunds WHERE out_trade_no = $p ORDER BY requested_at, out_request_no;", outTradeNo, cancellationToken);

    public Task<IReadOnlyList<RefundRecord>> ListPendingAsync(CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {Columns} FROM payment_refunds WHERE status = 'Pending' AND $p IS NULL ORDER BY requested_at, out_request_no;", null, cancellationToken);

    public async Task<bool> MarkSettledAsync(string outRequestNo, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("UPDATE payment_refunds SET status = 'Settled', settled_at = $at WHERE out_request_no = $no AND status = 'Pending';")
            .With("$no", outRequestNo)
            .With("$at", UnixTime.ToMilliseconds(at));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> MarkFailedAsync(string outRequestNo, string reason, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("UPDATE payment_refunds SET status = 'Failed', failure_reason = $reason WHERE out_request_no = $no AND status = 'Pending';")
            .With("$no", outRequestNo)
            .With("$reason", reason);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private async Task<IReadOnlyList<RefundRecord>> QueryAsync(string sql, string? parameter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(sql).With("$p", parameter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var refunds = new List<RefundRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            refunds.Add(new RefundRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4), reader.GetString(5), reader.GetTimestamp(6))
            {
                Status = Enum.Parse<RefundStatus>(reader.GetString(7)),
                SettledAt = reader.GetNullableTimestamp(8),
                FailureReason = reader.GetNullableString(9),
            });
        }

        return refunds;
    }
}
