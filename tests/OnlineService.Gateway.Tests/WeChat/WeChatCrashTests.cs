using System.Collections.Concurrent;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Conversation.Messaging;
using OnlineService.Gateway.Inbound;

namespace OnlineService.Gateway.Tests.WeChat;

/// <summary>
/// The durable write path under a real crash: a gateway process is killed with SIGKILL while sixteen connections keep
/// pushing, so the store's writer is in the middle of a group commit; the file is then checked as it was left, and a
/// restarted gateway finishes what was pending.
/// </summary>
public sealed class WeChatCrashTests : WeChatGatewayTest
{
    private const int Connections = 16;
    private const int AcknowledgedBeforeKill = 60;

    [Fact]
    public async Task An_acknowledged_push_survives_kill_9_in_the_middle_of_a_batch_and_nothing_is_half_written()
    {
        var database = Path.Combine(Data.Path, "gateway.db");
        var acknowledged = new ConcurrentBag<long>();
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (var gateway = await Hosting.GatewayProcess.StartAsync(ProcessSettings(database), Cancel))
        {
            using var http = new HttpClient { BaseAddress = gateway.BaseAddress };
            var wechat = new WeChatPushClient(http, Platform, WeChatMode.Plaintext);
            using var stop = new CancellationTokenSource();
            var senders = Enumerable.Range(0, Connections).Select(connection => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var msgId = WeChatPushClient.NextMsgId();
                    var push = wechat.Text($"o-crash-{connection:D2}-{i % 4}", i % 2 == 0 ? "客服电话多少" : "暖气费多少钱一平米", msgId);
                    try
                    {
                        using var response = await http.PostAsync(
                            push.PathAndQuery, new StringContent(push.Body, Encoding.UTF8, "text/xml"), stop.Token);
                        if (!response.IsSuccessStatusCode)
                        {
                            return;
                        }

                        // 200 is WeChat's acknowledgement: from here on the push must never be lost.
                        acknowledged.Add(msgId);
                        if (acknowledged.Count >= AcknowledgedBeforeKill)
                        {
                            enough.TrySetResult();
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
                    {
                        return;
                    }
                }
            })).ToArray();

            await enough.Task.WaitAsync(TimeSpan.FromMinutes(3), Cancel);
            await gateway.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(senders);
        }

        SqliteConnection.ClearAllPools();
        await using (var file = new SqliteConnection($"Data Source={database}"))
        {
            await file.OpenAsync(Cancel);

            // Every acknowledged push is in the store, each admitted once.
            foreach (var msgId in acknowledged)
            {
                Assert.Equal(1L, await ScalarAsync(file, $"SELECT COUNT(*) FROM inbound_messages WHERE dedupe_key LIKE '%:msg:{msgId}';"));
            }

            // Admission is one write: no message without its transcript line.
            Assert.Equal(0L, await ScalarAsync(file, """
                SELECT COUNT(*) FROM inbound_messages AS i
                WHERE NOT EXISTS (SELECT 1 FROM transcript_entries AS t WHERE t.conversation_id = i.conversation_id AND t.activity_json = i.activity_json);
                """));

            // A turn is one write: completed with its replies, or pending with none of them.
            Assert.Equal(0L, await ScalarAsync(file, """
                SELECT COUNT(*) FROM inbound_messages AS i
                WHERE (i.status = 'Completed') <> EXISTS (SELECT 1 FROM outbox_messages AS o WHERE o.inbound_id = i.id);
                """));
            Assert.True((long)(await ScalarAsync(file, "SELECT COUNT(*) FROM inbound_messages;"))! >= acknowledged.Count);
        }

        // A restarted gateway (its clock past the dead process's turn leases) finishes every pending turn once.
        await using var later = new Hosting.GatewayFactory(Data.Path) { Clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddMinutes(5)) };
        foreach (var (key, value) in ProcessSettings(database))
        {
            later.WithSetting(key, value);
        }

        var inbound = later.Services.GetRequiredService<IInboundStore>();
        var outbox = later.Services.GetRequiredService<IOutboxStore>();
        var recovery = later.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<PendingTurnRecovery>().Single();
        var scheduler = later.Services.GetRequiredService<TurnScheduler>();
        var pending = await PendingIdsAsync(database);
        for (var round = 0; round < 5 && pending.Count > 0; round++)
        {
            await recovery.RecoverOnceAsync(Cancel);
            await Task.WhenAll(pending.Select(id => scheduler.TryGetScheduled(id) ?? Task.FromResult(TurnOutcome.Elsewhere)));
            var stillPending = new List<string>();
            foreach (var id in pending)
            {
                if ((await inbound.FindAsync(id, Cancel))?.Status != InboundStatus.Completed)
                {
                    stillPending.Add(id);
                }
            }

            pending = stillPending;
        }

        Assert.Empty(pending);
        foreach (var msgId in acknowledged)
        {
            var id = await InboundIdAsync(database, msgId);
            Assert.Equal(InboundStatus.Completed, (await inbound.FindAsync(id, Cancel))!.Status);
            Assert.NotEmpty(await outbox.ListForInboundAsync(id, Cancel));
        }
    }

    private Dictionary<string, string?> ProcessSettings(string database) => new()
    {
        ["Storage:Sqlite:Path"] = database,
        ["Dialogs:WatchContent"] = "false",
        ["Utility:CompanyName"] = "测试热力",
        ["Utility:Hotline"] = "96069",
        ["Utility:HotlineHours"] = "全天",
        ["Operators:ApiKeys:0"] = "test-operator-key-0123456789",
        ["WeChat:Enabled"] = "true",
        ["WeChat:AppId"] = WeChatPushClient.AppId,
        ["WeChat:AppSecret"] = WeChatPushClient.Secret,
        ["WeChat:Token"] = WeChatPushClient.Token,
        ["WeChat:RequireEncryption"] = "false",
        ["WeChat:AccountId"] = WeChatPushClient.Account,
        ["WeChat:ApiBaseUrl"] = Platform.BaseUrl.ToString(),
    };

    private static async Task<List<string>> PendingIdsAsync(string database)
    {
        await using var file = new SqliteConnection($"Data Source={database}");
        await file.OpenAsync(Cancel);
        await using var select = file.CreateCommand();
        select.CommandText = "SELECT id FROM inbound_messages WHERE status = 'Pending';";
        var ids = new List<string>();
        await using var reader = await select.ExecuteReaderAsync(Cancel);
        while (await reader.ReadAsync(Cancel))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static async Task<string> InboundIdAsync(string database, long msgId)
    {
        await using var file = new SqliteConnection($"Data Source={database}");
        await file.OpenAsync(Cancel);
        return (string)(await ScalarAsync(file, $"SELECT id FROM inbound_messages WHERE dedupe_key LIKE '%:msg:{msgId}';"))!;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Cancel);
    }
}
