using Microsoft.Extensions.Time.Testing;
using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Services.Handoff;

namespace OnlineService.Gateway.Tests.Handoff;

/// <summary>
/// ARCHITECTURE invariant 5 (T/CDHA 10.2.1.1) on the real gateway with a fake clock: whoever holds the conversation
/// (the bot, the queue, an agent who stays silent), inside or outside the service hours, across a gateway restart on
/// the same SQLite file, no resident message waits longer than 10 minutes for an answer; auto-responses answer the
/// resident while the agent's own first-response clock keeps running.
/// </summary>
public sealed class ReplyGuaranteeTests : IDisposable
{
    private readonly TempFolder _data = new();

    public enum Holder
    {
        Bot,
        Queue,
        SilentAgent,
    }

    public static TheoryData<Holder, bool, bool> Combinations()
    {
        var data = new TheoryData<Holder, bool, bool>();
        foreach (var holder in Enum.GetValues<Holder>())
        {
            foreach (var offHours in new[] { false, true })
            {
                foreach (var restart in new[] { false, true })
                {
                    data.Add(holder, offHours, restart);
                }
            }
        }

        return data;
    }

    public void Dispose() => _data.Dispose();

    [Theory]
    [MemberData(nameof(Combinations))]
    public async Task No_message_waits_longer_than_ten_minutes(Holder holder, bool offHours, bool restart)
    {
        // Off-hours runs start just before the end of the service hours, so a handoff is still accepted.
        var start = offHours ? new DateTimeOffset(2026, 11, 23, 19, 50, 0, TimeSpan.FromHours(8)) : DeskGateway.Morning;
        var clock = new FakeTimeProvider(start);
        var channel = new RecordingChannelSender();
        var gateway = new DeskGateway(_data.Path, clock, channel);
        try
        {
            await gateway.SendAsync("c1", "你好", "m1");
            if (holder == Holder.SilentAgent)
            {
                await gateway.Desk.SetPresenceAsync(DeskGateway.Wang, AgentPresence.Online, DeskGateway.Ct);
            }

            if (holder != Holder.Bot)
            {
                await gateway.SendAsync("c1", "转人工", "m2");
                Assert.NotNull(await gateway.Store.FindOpenTicketAsync("c1", DeskGateway.Ct));
            }

            if (offHours)
            {
                await gateway.AdvanceAsync(TimeSpan.FromMinutes(11));
            }

            await gateway.SendAsync("c1", "有人吗", "m3");
            await gateway.AdvanceAsync(TimeSpan.FromMinutes(1));
            await gateway.SendAsync("c1", "我家暖气不热，客厅只有十五度", "m4");

            if (restart)
            {
                await gateway.DisposeAsync();
                gateway = new DeskGateway(_data.Path, clock, channel);
                _ = gateway.Services;
            }

            await gateway.AdvanceAsync(TimeSpan.FromMinutes(12));

            await gateway.AssertEveryMessageAnsweredInTimeAsync();
            var later = (await gateway.Clocks.ListByConversationAsync("c1", start, DeskGateway.Ct))
                .Where(c => c.Id.EndsWith(":m3", StringComparison.Ordinal) || c.Id.EndsWith(":m4", StringComparison.Ordinal))
                .ToList();
            Assert.Equal(2, later.Count);
            if (holder == Holder.Bot)
            {
                Assert.All(later, c => Assert.Equal(ReplySource.Bot, c.ResidentAnsweredBy));
                return;
            }

            Assert.All(later, c => Assert.Equal(ReplySource.AutoResponse, c.ResidentAnsweredBy));
            Assert.All(later, c => Assert.Null(c.AgentAnsweredAt));
            var expected = offHours ? "不在人工在线客服的服务时间" : holder == Holder.Queue ? "客服正忙" : "客服正在为您处理";
            await gateway.DeliveredAsync("c1", expected);
        }
        finally
        {
            await gateway.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_agents_reply_stops_both_clocks_and_counts_for_the_agent()
    {
        var clock = new FakeTimeProvider(DeskGateway.Morning);
        await using var gateway = new DeskGateway(_data.Path, clock, new RecordingChannelSender());
        await gateway.Desk.SetPresenceAsync(DeskGateway.Li, AgentPresence.Online, DeskGateway.Ct);
        await gateway.SendAsync("c1", "转人工", "m1");
        var ticket = (await gateway.Store.FindOpenTicketAsync("c1", DeskGateway.Ct))!;
        Assert.Equal(DeskGateway.Li, ticket.AgentId);

        await gateway.AdvanceAsync(TimeSpan.FromMinutes(2));
        await gateway.SendAsync("c1", "暖气漏水了", "m2");
        await gateway.AdvanceAsync(TimeSpan.FromMinutes(6));
        await gateway.Desk.ReplyAsync(ticket.Id, DeskGateway.Li, AgentReply.OfText("您好，我是李强，请问您家地址？"), DeskGateway.Ct);
        await gateway.DeliveredAsync("c1", "请问您家地址");

        var clocks = await gateway.Clocks.ListByConversationAsync("c1", DeskGateway.Morning, DeskGateway.Ct);
        var handoff = clocks.Single(c => c.Id.EndsWith(":m1", StringComparison.Ordinal));
        var second = clocks.Single(c => c.Id.EndsWith(":m2", StringComparison.Ordinal));
        Assert.Equal(ReplySource.Bot, handoff.ResidentAnsweredBy);
        Assert.Equal(ReplySource.AutoResponse, second.ResidentAnsweredBy);
        Assert.Equal(DeskGateway.Morning.AddMinutes(8), second.AgentAnsweredAt);
        Assert.Equal(DeskGateway.Morning.AddMinutes(8), handoff.AgentAnsweredAt);

        var metrics = await gateway.Desk.GetReplyMetricsAsync(DeskGateway.Morning, DeskGateway.Morning.AddHours(1), DeskGateway.Ct);
        Assert.Equal(new ReplyShare(DeskGateway.Li, 2, 2), Assert.Single(metrics.AgentFirstResponseByAgent));
        Assert.Equal(new ReplyShare(RecordingChannelSender.Channel, 2, 2), Assert.Single(metrics.ByChannel));
        Assert.Equal(new ReplyShare(AgentGroups.General, 2, 2), Assert.Single(metrics.ByGroup));
    }
}
