using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Gateway.Jobs;
using OnlineService.Gateway.Tests.DirectLine;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests.WorkOrders.Api;

/// <summary>
/// End to end over the web-chat channel (Direct Line 3.0 on a loopback port, as Web Chat calls it): a resident reports a
/// leak and gets the order number at once; the desk dispatches it and a handling unit moves it through the unit API;
/// the resident is told each milestone in the same conversation, then answers the callback survey, which closes it.
/// The clock is fake (Wednesday 10:00, outside the callback quiet hours) and the test drives the due-item sweep.
/// </summary>
public sealed partial class LeakEndToEndTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_leak_reported_in_web_chat_is_numbered_at_once_told_every_milestone_and_surveyed()
    {
        var clock = new FakeTimeProvider(WorkOrderApiGateway.Start);
        await using var gateway = LiveGateway.Start(_data.Path, f => f
            .WithSetting("WorkOrders:UnitApi:Units:unit-a:ApiKeys:0", WorkOrderApiGateway.UnitAKey)
            .WithSetting("WorkOrders:UnitApi:Units:unit-a:Name", "朝阳一分公司")
            .WithSetting("DirectLine:TokenLifetime", "04:00:00") // the fake clock moves past a web-chat client's token refresh
            .WithServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(clock);
                foreach (var quartz in services.Where(d => d.ServiceType == typeof(IHostedService)
                             && (d.ImplementationType?.Namespace?.StartsWith("Quartz", StringComparison.Ordinal) ?? false)).ToList())
                {
                    services.Remove(quartz);
                }
            }));
        var sweeper = gateway.Services.GetRequiredService<DueItemSweeper>();
        var (conversationId, token) = await DirectLineClient.GenerateAsync(gateway.Http);
        (await DirectLineClient.SendAsync(gateway.Http, HttpMethod.Post, "v3/directline/conversations", token)).EnsureSuccessStatusCode();
        var chat = new Chat(gateway, conversationId, token);

        await chat.SayAsync("家里暖气片漏水了");
        await chat.ExpectAsync(a => Text(a).StartsWith("请先注意安全", StringComparison.Ordinal));
        await chat.ExpectAsync(a => Text(a).Contains("您还没有绑定户号", StringComparison.Ordinal));
        await chat.SayAsync("填写其他地址");
        await chat.ExpectAsync(a => Text(a).Contains("请填写详细地址", StringComparison.Ordinal));
        await chat.SayAsync("望京花园3号楼2单元501");
        await chat.ExpectAsync(a => Text(a).Contains("请留下联系电话", StringComparison.Ordinal));
        await chat.SayAsync("13812345678");

        // The number comes in the reply to the last answer, before any timer or desk step.
        var registered = await chat.ExpectAsync(a => Text(a).Contains("已为您登记漏水抢修工单", StringComparison.Ordinal));
        var number = OrderNumber().Match(Text(registered)).Groups[1].Value;
        Assert.Matches("^20261118[0-9]{4}$", number);

        using var desk = Client(gateway, WorkOrderApiGateway.OperatorKey);
        using var unit = Client(gateway, WorkOrderApiGateway.UnitAKey);
        await PostAsync(desk, $"/api/operator/work-orders/{number}/accept", new { });
        await PostAsync(desk, $"/api/operator/work-orders/{number}/dispatch", new { handlerId = "unit-a" });
        await sweeper.SweepAsync(Ct);
        Assert.Equal($"您的工单 {number}（漏水抢修）已受理，我们正在安排处理人员。", Text(await chat.ExpectNoticeAsync("workorder.accepted")));
        Assert.StartsWith($"您的工单 {number} 已派给 朝阳一分公司 处理", Text(await chat.ExpectNoticeAsync("workorder.dispatched")), StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMinutes(2));
        await PostAsync(unit, $"/api/units/orders/{number}/accept", new { note = "已接单" });
        await PostAsync(unit, $"/api/units/orders/{number}/contact", new { note = "已电话联系住户，请先关闭暖气阀门" });
        await sweeper.SweepAsync(Ct);
        await chat.ExpectNoticeAsync("workorder.contacted");

        clock.Advance(TimeSpan.FromMinutes(25));
        await PostAsync(unit, $"/api/units/orders/{number}/arrive", new { });
        await sweeper.SweepAsync(Ct);
        await chat.ExpectNoticeAsync("workorder.onsite");

        clock.Advance(TimeSpan.FromMinutes(40));
        await PostAsync(unit, $"/api/units/orders/{number}/resolve", new { result = "更换了暖气片接口垫片", method = "onSite", solved = true });
        await sweeper.SweepAsync(Ct);
        Assert.Contains("处理结果：更换了暖气片接口垫片", Text(await chat.ExpectNoticeAsync("workorder.resolved")), StringComparison.Ordinal);
        var survey = await chat.ExpectNoticeAsync("workorder.callback");
        Assert.Contains(number, Text(survey), StringComparison.Ordinal);

        await chat.SayAsync("满意");
        await chat.ExpectAsync(a => Text(a).Contains("请为本次服务打分", StringComparison.Ordinal));
        await chat.SayAsync("5");
        await chat.ExpectAsync(a => Text(a).Contains("还有什么意见或建议吗", StringComparison.Ordinal));
        await chat.SayAsync("师傅来得很快");
        await chat.ExpectAsync(a => Text(a) == $"感谢您的评价（5分），工单 {number} 已办结。");

        var order = await desk.GetFromJsonAsync<JsonElement>($"/api/operator/work-orders/{number}", Ct);
        Assert.Equal("closed", order.GetProperty("status").GetString());
        Assert.Equal(
            ["received", "accepted", "dispatched", "handlerAccepted", "contacted", "onSite", "resolved", "callback", "closed"],
            order.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("stage").GetString()));

        // Every milestone was told exactly once.
        var history = await chat.HistoryAsync();
        foreach (var kind in new[] { "workorder.accepted", "workorder.dispatched", "workorder.contacted", "workorder.onsite", "workorder.resolved", "workorder.callback" })
        {
            Assert.Single(history, a => NoticeKind(a) == kind);
        }
    }

    private static HttpClient Client(LiveGateway gateway, string key)
    {
        var client = new HttpClient { BaseAddress = gateway.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static async Task PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body, Ct);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    private static string Text(JsonNode? activity) => activity?["text"]?.GetValue<string>() ?? string.Empty;

    private static string? NoticeKind(JsonNode? activity) => activity?["channelData"]?["noticeKind"]?.GetValue<string>();

    [GeneratedRegex("工单号：([0-9]{12})")]
    private static partial Regex OrderNumber();

    /// <summary>The resident's side of the conversation: what they say, and what the bot said after that.</summary>
    private sealed class Chat(LiveGateway gateway, string conversationId, string token)
    {
        private int _seen;

        public async Task SayAsync(string text)
        {
            var history = await HistoryAsync();
            _seen = history.Count;
            using var response = await DirectLineClient.SendAsync(gateway.Http, HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token,
                new { type = "message", text, from = new { id = "resident" } });
            response.EnsureSuccessStatusCode();
        }

        /// <summary>The first bot activity since the last thing said that matches.</summary>
        public async Task<JsonNode> ExpectAsync(Func<JsonNode?, bool> match)
        {
            var history = await DirectLineClient.WaitForHistoryAsync(gateway.Http, conversationId, token,
                h => h.Skip(_seen).Any(a => FromBot(a) && match(a)));
            return history.Skip(_seen).First(a => FromBot(a) && match(a))!;
        }

        public Task<JsonNode> ExpectNoticeAsync(string kind) => ExpectAsync(a => NoticeKind(a) == kind);

        public async Task<JsonArray> HistoryAsync() => await DirectLineClient.WaitForHistoryAsync(gateway.Http, conversationId, token, _ => true);

        private static bool FromBot(JsonNode? activity) => activity?["from"]?["role"]?.GetValue<string>() == "bot"
            || !(activity?["from"]?["id"]?.GetValue<string>()?.StartsWith("dl_", StringComparison.Ordinal) ?? false);
    }
}
