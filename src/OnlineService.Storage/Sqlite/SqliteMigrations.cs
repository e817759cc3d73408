using System.Globalization;
using Microsoft.Data.Sqlite;

namespace OnlineService.Storage.Sqlite;

/// <summary>
/// The schema, as numbered steps recorded in <c>schema_version</c>. Steps run inside one <c>BEGIN IMMEDIATE</c>
/// transaction, so two processes starting on a new file do not both apply them; each step is also written to be
/// harmless if run twice. Add a step to change the schema; never edit a released one.
/// </summary>
internal static class SqliteMigrations
{
    private static readonly (int Version, string Sql)[] Steps =
    [
        (1, """
            CREATE TABLE IF NOT EXISTS state_items (
                key  TEXT NOT NULL PRIMARY KEY,
                json TEXT NOT NULL,
                etag TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE IF NOT EXISTS inbound_messages (
                seq             INTEGER PRIMARY KEY AUTOINCREMENT,
                id              TEXT NOT NULL UNIQUE,
                channel_id      TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                dedupe_key      TEXT NOT NULL UNIQUE,
                activity_json   TEXT NOT NULL,
                received_at     INTEGER NOT NULL,
                status          TEXT NOT NULL CHECK (status IN ('Pending', 'Completed')),
                completed_at    INTEGER,
                lease_owner     TEXT,
                lease_until     INTEGER
            );
            CREATE INDEX IF NOT EXISTS ix_inbound_pending ON inbound_messages (received_at, seq) WHERE status = 'Pending';

            CREATE TABLE IF NOT EXISTS outbox_messages (
                seq             INTEGER PRIMARY KEY AUTOINCREMENT,
                id              TEXT NOT NULL UNIQUE,
                channel_id      TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                inbound_id      TEXT,
                activity_json   TEXT NOT NULL,
                created_at      INTEGER NOT NULL,
                next_attempt_at INTEGER NOT NULL,
                attempts        INTEGER NOT NULL DEFAULT 0,
                status          TEXT NOT NULL CHECK (status IN ('Pending', 'Delivered', 'Failed')),
                last_error      TEXT,
                delivered_at    INTEGER,
                lease_owner     TEXT,
                lease_until     INTEGER
            );
            CREATE INDEX IF NOT EXISTS ix_outbox_due ON outbox_messages (next_attempt_at) WHERE status = 'Pending';
            CREATE INDEX IF NOT EXISTS ix_outbox_conversation ON outbox_messages (conversation_id, seq) WHERE status = 'Pending';
            CREATE INDEX IF NOT EXISTS ix_outbox_inbound ON outbox_messages (inbound_id, seq);

            CREATE TABLE IF NOT EXISTS transcript_entries (
                conversation_id TEXT NOT NULL,
                sequence        INTEGER NOT NULL,
                activity_json   TEXT NOT NULL,
                recorded_at     INTEGER NOT NULL,
                PRIMARY KEY (conversation_id, sequence)
            ) WITHOUT ROWID;
            """),
        (2, """
            CREATE TABLE IF NOT EXISTS work_orders (
                number      TEXT NOT NULL PRIMARY KEY,
                version     INTEGER NOT NULL,
                status      TEXT NOT NULL,
                resident_id TEXT NOT NULL,
                category    TEXT NOT NULL,
                received_at INTEGER NOT NULL,
                json        TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS ix_work_orders_status ON work_orders (status, received_at, number);
            CREATE INDEX IF NOT EXISTS ix_work_orders_resident ON work_orders (resident_id, received_at, number);
            CREATE INDEX IF NOT EXISTS ix_work_orders_category ON work_orders (category, received_at);
            CREATE INDEX IF NOT EXISTS ix_work_orders_received ON work_orders (received_at);

            CREATE TABLE IF NOT EXISTS work_order_numbers (
                day  TEXT NOT NULL PRIMARY KEY,
                last INTEGER NOT NULL
            ) WITHOUT ROWID;
            """),
        (3, """
            CREATE TABLE IF NOT EXISTS due_items (
                id              TEXT NOT NULL PRIMARY KEY,
                kind            TEXT NOT NULL,
                due_at          INTEGER NOT NULL,
                payload_json    TEXT NOT NULL,
                status          TEXT NOT NULL CHECK (status IN ('Pending', 'Completed', 'Cancelled')),
                attempts        INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER NOT NULL,
                last_error      TEXT,
                lease_owner     TEXT,
                lease_until     INTEGER
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS ix_due_items_pending ON due_items (next_attempt_at, id) WHERE status = 'Pending';
            """),
        (6, """
            CREATE TABLE IF NOT EXISTS handoff_tickets (
                id              TEXT NOT NULL PRIMARY KEY,
                conversation_id TEXT NOT NULL,
                status          TEXT NOT NULL CHECK (status IN ('Waiting', 'Assigned', 'Closed')),
                group_name      TEXT NOT NULL,
                agent_id        TEXT,
                created_at      INTEGER NOT NULL,
                version         INTEGER NOT NULL,
                json            TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX IF NOT EXISTS ux_handoff_tickets_open ON handoff_tickets (conversation_id) WHERE status <> 'Closed';
            CREATE INDEX IF NOT EXISTS ix_handoff_tickets_open ON handoff_tickets (created_at, id) WHERE status <> 'Closed';

            CREATE TABLE IF NOT EXISTS handoff_agents (
                id               TEXT NOT NULL PRIMARY KEY,
                display_name     TEXT NOT NULL,
                groups_json      TEXT NOT NULL,
                capacity         INTEGER NOT NULL,
                presence         TEXT NOT NULL CHECK (presence IN ('Online', 'Busy', 'Away', 'Offline')),
                presence_since   INTEGER NOT NULL,
                last_assigned_at INTEGER
            ) WITHOUT ROWID;

            CREATE TABLE IF NOT EXISTS reply_clocks (
                id                   TEXT NOT NULL PRIMARY KEY,
                conversation_id      TEXT NOT NULL,
                channel_id           TEXT NOT NULL,
                resident_id          TEXT NOT NULL,
                bot_id               TEXT,
                started_at           INTEGER NOT NULL,
                due_at               INTEGER NOT NULL,
                ticket_id            TEXT,
                group_name           TEXT,
                agent_id             TEXT,
                unattended           INTEGER NOT NULL DEFAULT 0,
                preview              TEXT,
                resident_answered_at INTEGER,
                resident_answered_by TEXT,
                agent_answered_at    INTEGER
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS ix_reply_clocks_conversation ON reply_clocks (conversation_id, started_at);
            CREATE INDEX IF NOT EXISTS ix_reply_clocks_started ON reply_clocks (started_at, id);
            CREATE INDEX IF NOT EXISTS ix_reply_clocks_awaiting_agent ON reply_clocks (started_at, id)
                WHERE ticket_id IS NOT NULL AND agent_answered_at IS NULL;
            """),
        (7, """
            CREATE TABLE IF NOT EXISTS agent_accounts (
                user_name        TEXT NOT NULL PRIMARY KEY,
                display_name     TEXT NOT NULL,
                role             TEXT NOT NULL,
                password_hash    TEXT NOT NULL,
                security_stamp   TEXT NOT NULL,
                failed_sign_ins  INTEGER NOT NULL DEFAULT 0,
                locked_until     INTEGER,
                created_at       INTEGER NOT NULL,
                updated_at       INTEGER NOT NULL,
                version          INTEGER NOT NULL
            ) WITHOUT ROWID;
            """),
        // Account bindings leave the state store for their own tables; records the binding dialog kept there under
        // accounts/bindings/{channel}/{user} are moved (ids that needed escaping never occur: channel ids and OpenIDs
        // are letters, digits, '-' and '_').
        (8, """
            CREATE TABLE IF NOT EXISTS account_bindings (
                channel_id TEXT NOT NULL,
                user_id    TEXT NOT NULL,
                version    TEXT NOT NULL,
                json       TEXT NOT NULL,
                PRIMARY KEY (channel_id, user_id)
            ) WITHOUT ROWID;

            CREATE TABLE IF NOT EXISTS account_binding_accounts (
                account_number TEXT NOT NULL,
                channel_id     TEXT NOT NULL,
                user_id        TEXT NOT NULL,
                PRIMARY KEY (account_number, channel_id, user_id)
            ) WITHOUT ROWID;

            INSERT OR IGNORE INTO account_bindings (channel_id, user_id, version, json)
            SELECT substr(rest, 1, instr(rest, '/') - 1), substr(rest, instr(rest, '/') + 1), etag, json
            FROM (SELECT substr(key, 19) AS rest, etag, json FROM state_items
                  WHERE key LIKE 'accounts/bindings/%' AND instr(key, '%') = 0)
            WHERE instr(rest, '/') > 1;

            INSERT OR IGNORE INTO account_binding_accounts (account_number, channel_id, user_id)
            SELECT json_extract(account.value, '$.accountNumber'), binding.channel_id, binding.user_id
            FROM account_bindings AS binding, json_each(binding.json, '$.accounts') AS account
            WHERE json_extract(account.value, '$.accountNumber') IS NOT NULL;

            DELETE FROM state_items WHERE key LIKE 'accounts/bindings/%' AND instr(key, '%') = 0
                AND instr(substr(key, 19), '/') > 1;
            """),
        // Payments (issue 12): one row per out_trade_no; status only moves forward, guarded in each UPDATE.
        (9, """
            CREATE TABLE IF NOT EXISTS payments (
                out_trade_no           TEXT NOT NULL PRIMARY KEY,
                bill_id                TEXT NOT NULL,
                account_number         TEXT NOT NULL,
                amount_fen             INTEGER NOT NULL CHECK (amount_fen > 0),
                method                 TEXT NOT NULL,
                notice_address         TEXT,
                created_at             INTEGER NOT NULL,
                expires_at             INTEGER NOT NULL,
                status                 TEXT NOT NULL CHECK (status IN ('Open', 'Paid', 'Closed')),
                trade_no               TEXT UNIQUE,
                paid_at                INTEGER,
                notifications_received INTEGER NOT NULL DEFAULT 0,
                applied_count          INTEGER NOT NULL DEFAULT 0,
                applied_at             INTEGER
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS ix_payments_status ON payments (status, created_at);
            CREATE INDEX IF NOT EXISTS ix_payments_created ON payments (created_at);
            CREATE INDEX IF NOT EXISTS ix_payments_bill ON payments (bill_id, created_at);

            CREATE TABLE IF NOT EXISTS payment_refunds (
                out_request_no TEXT NOT NULL PRIMARY KEY,
                out_trade_no   TEXT NOT NULL,
                bill_id        TEXT NOT NULL,
                amount_fen     INTEGER NOT NULL CHECK (amount_fen > 0),
                reason         TEXT NOT NULL,
                requested_by   TEXT NOT NULL,
                requested_at   INTEGER NOT NULL,
                status         TEXT NOT NULL CHECK (status IN ('Pending', 'Settled', 'Failed')),
                settled_at     INTEGER,
                failure_reason TEXT
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS ix_payment_refunds_trade ON payment_refunds (out_trade_no, requested_at);
            CREATE INDEX IF NOT EXISTS ix_payment_refunds_pending ON payment_refunds (requested_at) WHERE status = 'Pending';
            """),
    ];

    public static int LatestVersion => Steps[^1].Version;

    public static async Task ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using (var create = connection.Command(
            """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    INTEGER NOT NULL PRIMARY KEY,
                applied_at INTEGER NOT NULL
            );
            """,
            transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var read = connection.Command("SELECT COALESCE(MAX(version), 0) FROM schema_version;", transaction);
        var current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The SQLite database '{connection.DataSource}' has schema version {current}, newer than this build knows ({LatestVersion}). " +
                "Run a gateway build at least as new as the one that wrote it, or point Storage:Sqlite:Path at another file.");
        }

        foreach (var (version, sql) in Steps.Where(step => step.Version > current))
        {
            await using var step = connection.Command(sql, transaction);
            await step.ExecuteNonQueryAsync(cancellationToken);
            await using var record = connection.Command(
                    "INSERT INTO schema_version (version, applied_at) VALUES ($version, CAST(strftime('%s', 'now') AS INTEGER) * 1000);",
                    transaction)
                .With("$version", version);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
