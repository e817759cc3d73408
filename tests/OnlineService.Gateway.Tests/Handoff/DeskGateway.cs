using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Conversation.Activities;
using OnlineService.Gateway.Inbound;
using OnlineService.Gateway.Jobs;
using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Services.Handoff;

namespace OnlineService.Gateway.Tests.Handoff;

/// <summary>
/// The real gateway with an agent desk of two agents (王芳: billing + general; 李强: repair + complaints + general) on
/// a data folder and a fake clock, Quartz removed so the test alone runs the due-item sweep. Two of these over one
/// folder, one after the other, are a restarted gateway.
/// </summary>
public sealed class DeskGateway : IAsyncDisposable
{
    /// <summary>10:00 China time: inside the default service hours 08:00–20:00.</summary>
    public static readonly DateTimeOffset Morning = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>21:00 China time: outside the service hours.</summary>
    public static readonly DateTimeOffset Evening = new(2026, 11, 23, 21, 0, 0, TimeSpan.FromHours(8));

    public const string Wang = "agent-wang";
    public const string Li = "agent-li";

    private readonly GatewayFactory _factory;

    public DeskGateway(
        string dataDirectory,
        FakeTimeProvider clock,
        RecordingChannelSender channel,
        Action<AgentDeskOptions>? configure = null,
        Action<IServiceCollection>? services = null)
    {
        Clock = clock;
        Channel = channel;
        _factory = new GatewayFactory(dataDirectory) { Clock = clock }.WithServices(collection => Configure(collection, channel, configure, services));
    }

    public FakeTimeProvider Clock { get; }

    public RecordingChannelSender Channel { get; }

    public IServiceProvider Services => _factory.Services;

    public IAgentDesk Desk => Services.GetRequiredService<IAgentDesk>();

    public IReplyClockStore Clocks => Services.GetRequiredService<IReplyClockStore>();

    public IHandoffStore Store => Services.GetRequiredService<IHandoffStore>();

    /// <summary>A client of the gateway's HTTP endpoints (e.g. the unit API).</summary>
    public HttpClient CreateClient() => _factory.CreateClient();

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A resident message through the real inbound door; returns when its turn has run.</summary>
    public async Task<TurnOutcome> SendAsync(string conversationId, string text, string messageId)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = messageId,
            ChannelId = RecordingChannelSender.Channel,
            Conversation = new ConversationAccount(conversationId),
            From = new ChannelAccount("resident-" + conversationId, Role: "user"),
            Recipient = new ChannelAccount("bot", Role: "bot"),
            Text = text,
        };
        var acceptance = await Services.GetRequiredService<InboundAcceptor>().AcceptAsync(activity, $"test:{conversationId}:{messageId}", Ct);
        return await acceptance.Turn.WaitAsync(TimeSpan.FromSeconds(30), Ct);
    }

    /// <summary>Moves the clock and runs the due-item sweep until it has nothing left, as the Quartz job would.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        var step = TimeSpan.FromSeconds(30);
        for (var moved = TimeSpan.Zero; moved < by; moved += step)
        {
            Clock.Advance(by - moved < step ? by - moved : step);
            while (await Services.GetRequiredService<DueItemSweeper>().SweepAsync(Ct) > 0)
            {
            }
        }
    }

    /// <summary>Waits (real time, bounded) until a delivered message of the conversation contains <paramref name="fragment"/>.</summary>
    public async Task<Activity> DeliveredAsync(string conversationId, string fragment)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(20));
        while (true)
        {
            var found = Channel.Delivered.FirstOrDefault(a => a.Conversation?.Id == conversationId && a.Text?.Contains(fragment, StringComparison.Ordinal) == true);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(20, deadline.Token);
        }
    }

    public int CountDelivered(string conversationId, string fragment) =>
        Channel.Delivered.Count(a => a.Conversation?.Id == conversationId && a.Text?.Contains(fragment, StringComparison.Ordinal) == true);

    /// <summary>The invariant: every clock so far has a resident answer within the limit.</summary>
    public async Task AssertEveryMessageAnsweredInTimeAsync()
    {
        var clocks = await Clocks.ListStartedAsync(DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue.AddDays(-1), Ct);
        Assert.NotEmpty(clocks);
        Assert.All(clocks, c => Assert.True(
            c.ResidentAnsweredInTime,
            $"Message {c.Id} received {c.StartedAt:O} was answered {c.ResidentAnsweredAt:O} by {c.ResidentAnsweredBy}; the limit was {c.DueAt:O}."));
    }

    private static void Configure(
        IServiceCollection services, RecordingChannelSender channel, Action<AgentDeskOptions>? configure, Action<IServiceCollection>? more)
    {
        foreach (var quartz in services.Where(d => d.ServiceType == typeof(IHostedService)
                     && (d.ImplementationType?.Namespace?.StartsWith("Quartz", StringComparison.Ordinal) ?? false)).ToList())
        {
            services.Remove(quartz);
        }

        services.AddSingleton<OnlineService.Conversation.Messaging.IChannelSender>(channel);
        services.PostConfigure<AgentDeskOptions>(options =>
        {
            options.Agents =
            [
                new AgentOptions { Id = Wang, DisplayName = "王芳", Groups = [AgentGroups.Billing, AgentGroups.General], Capacity = 2 },
                new AgentOptions { Id = Li, DisplayName = "李强", Groups = [AgentGroups.Repair, AgentGroups.Complaints, AgentGroups.General], Capacity = 2 },
            ];
            configure?.Invoke(options);
        });
        more?.Invoke(services);
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
