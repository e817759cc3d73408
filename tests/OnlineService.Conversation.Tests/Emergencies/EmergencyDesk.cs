using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Conversation.Tests.Harness;
using OnlineService.Dialogs;
using OnlineService.Dialogs.Content;
using OnlineService.Dialogs.Main;
using OnlineService.Services.Accounts;
using OnlineService.Services.Calendar;
using OnlineService.Services.Handoff;
using OnlineService.Services.WorkOrders;
using OnlineService.Understanding.Faq;
using OnlineService.Understanding.Intents;

namespace OnlineService.Conversation.Tests.Emergencies;

/// <summary>Which agents are online when the emergency is reported.</summary>
public enum Staffing
{
    /// <summary>The repair agent (the emergency group's) is online.</summary>
    RepairGroup,

    /// <summary>Only the billing agent is online; the repair group has nobody.</summary>
    OtherGroupOnly,

    /// <summary>Nobody is online.</summary>
    Nobody,
}

/// <summary>
/// The real main dialog and content over the real SQLite store and a fake clock, with the real agent desk engine
/// (<see cref="HandoffService"/>: two agents, repair and billing) and the duty emergency unit configured, as the gateway
/// wires them. What the resident is sent by the desk (assignment notices) is recorded.
/// </summary>
public sealed class EmergencyDesk : IAsyncDisposable
{
    public const string RepairAgent = "agent-li";
    public const string BillingAgent = "agent-wang";
    public const string DutyUnit = "unit-duty";
    public const string Hotline = "96069";

    /// <summary>Sunday 2026-11-22 10:00 Beijing: inside the desk's service hours (08:00–20:00).</summary>
    public static readonly DateTimeOffset Day = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Sunday 2026-11-22 23:30 Beijing: outside the service hours.</summary>
    public static readonly DateTimeOffset Night = new(2026, 11, 22, 23, 30, 0, TimeSpan.FromHours(8));

    private EmergencyDesk(ConversationHost host) => Host = host;

    public ConversationHost Host { get; }

    public FakeTimeProvider Clock => Host.Clock;

    public HandoffService Handoff => Host.Services.GetRequiredService<HandoffService>();

    public IHandoffStore Tickets => Host.Services.GetRequiredService<IHandoffStore>();

    public IWorkOrderStore Orders => Host.Services.GetRequiredService<IWorkOrderStore>();

    public RecordingMessenger Messenger => Host.Services.GetRequiredService<RecordingMessenger>();

    /// <summary>The chat resident id orders of an unbound resident carry.</summary>
    public string ChatResidentId => $"test:{Host.UserId}";

    public static async Task<EmergencyDesk> StartAsync(string databasePath, DateTimeOffset at, Staffing staffing, string? emergencyUnit = DutyUnit)
    {
        var clock = new FakeTimeProvider(at);
        var host = new ConversationHost(databasePath, clock, sp => sp.GetRequiredService<MainDialog>(), services =>
        {
            services.AddSingleton(Options.Create(new DialogsOptions { ContentPath = Path.Combine(AppContext.BaseDirectory, "content") }));
            var facts = new UtilityFacts { CompanyName = "测试热力", Hotline = Hotline, HotlineHours = "24小时" };
            services.AddSingleton<IContentPlaceholders>(new FixedPlaceholders(facts));
            services.AddSingleton(Options.Create(new UnderstandingOptions()));
            services.AddSingleton<IntentRecognizer>();
            services.AddLlmServices();
            services.AddSingleton(new FaqKnowledgeBase(Path.Combine(AppContext.BaseDirectory, "content", "faq"), facts));
            services.AddSingleton(new SlaPolicy(ServiceProfiles.National, WorkingDayCalendar.China));
            services.AddSingleton<WorkOrderService>();
            services.AddSingleton(new EmergencyDispatchOptions { EmergencyUnit = emergencyUnit });
            services.AddSingleton(new AgentDeskOptions
            {
                Agents =
                [
                    new AgentOptions { Id = BillingAgent, DisplayName = "王芳", Groups = [AgentGroups.Billing, AgentGroups.General], Capacity = 2 },
                    new AgentOptions { Id = RepairAgent, DisplayName = "李强", Groups = [AgentGroups.Repair, AgentGroups.Complaints], Capacity = 2 },
                ],
            });
            services.AddSingleton<RecordingMessenger>();
            services.AddSingleton<IResidentMessenger>(sp => sp.GetRequiredService<RecordingMessenger>());
            services.AddSingleton<IAgentDeskEvents, AgentDeskEvents>();
            services.AddSingleton<HandoffService>();
            services.AddHeatingDialogs();
        });
        var desk = new EmergencyDesk(host);
        await desk.Handoff.SeedRosterAsync(CancellationToken.None);
        var online = staffing switch
        {
            Staffing.RepairGroup => new[] { RepairAgent },
            Staffing.OtherGroupOnly => [BillingAgent],
            _ => [],
        };
        foreach (var agent in online)
        {
            await desk.Tickets.SetPresenceAsync(agent, AgentPresence.Online, clock.GetUtcNow(), CancellationToken.None);
        }

        return desk;
    }

    /// <summary>Binds the resident to the demo account 2023100188 (张伟, 13812345678, 朝阳区望京花园3号楼2单元501).</summary>
    public Task<BindResult> BindDemoAccountAsync() =>
        Host.Services.GetRequiredService<AccountBindingService>()
            .BindAsync("test", Host.UserId, "2023100188", OwnershipProof.PhoneLastFour("5678"), CancellationToken.None);

    public async Task<IReadOnlyList<string>> SayAsync(string text) =>
        [.. (await Host.SendAsync(text, CancellationToken.None)).Select(a => a.Text ?? "")];

    public async Task<WorkOrder> SingleOrderAsync(string? residentId = null) =>
        Assert.Single(await Orders.ListByResidentAsync(residentId ?? ChatResidentId, CancellationToken.None));

    public Task<HandoffTicket?> OpenTicketAsync() => Tickets.FindOpenTicketAsync(Host.ConversationId, CancellationToken.None);

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private sealed class FixedPlaceholders(UtilityFacts facts) : IContentPlaceholders
    {
        public IReadOnlyDictionary<string, string> GetValues() => facts.ToPlaceholders();
    }
}

/// <summary>What the desk sent the resident outside a turn (assignment notices), in order.</summary>
public sealed class RecordingMessenger : IResidentMessenger
{
    private readonly ConcurrentQueue<(ResidentAddress Address, ResidentMessage Message)> _sent = new();

    public IReadOnlyList<(ResidentAddress Address, ResidentMessage Message)> Sent => [.. _sent];

    public Task SendAsync(ResidentAddress address, ResidentMessage message, string messageId, CancellationToken cancellationToken)
    {
        _sent.Enqueue((address, message));
        return Task.CompletedTask;
    }
}
