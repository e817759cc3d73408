using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Gateway.Jobs;
using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Gateway.WorkOrders.Webhooks;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Tests.WorkOrders.Api;

/// <summary>
/// The real gateway on a data folder and a fake clock, with two handling units, the webhook pointed at a
/// <see cref="RecordingWebhookReceiver"/>, and Quartz removed so the test drives the sweep. Two over one folder are two
/// gateway processes sharing one store; one after another, a restart.
/// </summary>
public sealed class WorkOrderApiGateway : IAsyncDisposable
{
    public const string OperatorKey = "test-operator-key-0123456789";
    public const string UnitAKey = "unit-a-key-0123456789abcdefgh";
    public const string UnitBKey = "unit-b-key-0123456789abcdefgh";
    public const string WebhookUrl = "https://utility.example/hooks/work-orders";
    public const string WebhookSecret = "webhook-secret-0123456789-abcdefghij";

    public static readonly DateTimeOffset Start = new(2026, 11, 18, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly GatewayFactory _factory;

    public WorkOrderApiGateway(string dataDirectory, FakeTimeProvider clock, RecordingWebhookReceiver? receiver = null, Action<GatewayFactory>? configure = null)
    {
        Clock = clock;
        Receiver = receiver ?? new RecordingWebhookReceiver();
        _factory = new GatewayFactory(dataDirectory) { Clock = clock }
            .WithSetting("WorkOrders:UnitApi:Units:unit-a:Name", "朝阳一分公司")
            .WithSetting("WorkOrders:UnitApi:Units:unit-a:ApiKeys:0", UnitAKey)
            .WithSetting("WorkOrders:UnitApi:Units:unit-b:ApiKeys:0", UnitBKey)
            .WithSetting("WorkOrders:UnitApi:PhotosPath", Path.Combine(dataDirectory, "photos"))
            .WithSetting("WorkOrders:Webhook:Url", WebhookUrl)
            .WithSetting("WorkOrders:Webhook:Secret", WebhookSecret)
            .WithSetting("WorkOrders:Webhook:MaxAttempts", "3")
            .WithSetting("WorkOrders:HeatedArea:朝阳区", "1500000")
            .WithServices(services =>
            {
                foreach (var quartz in services.Where(d => d.ServiceType == typeof(IHostedService)
                             && (d.ImplementationType?.Namespace?.StartsWith("Quartz", StringComparison.Ordinal) ?? false)).ToList())
                {
                    services.Remove(quartz);
                }

                services.AddHttpClient(WorkOrderWebhookHandler.ClientName).ConfigurePrimaryHttpMessageHandler(() => Receiver);
            });
        configure?.Invoke(_factory);
    }

    public FakeTimeProvider Clock { get; }

    public RecordingWebhookReceiver Receiver { get; }

    public IServiceProvider Services => _factory.Services;

    public WorkOrderService WorkOrders => Services.GetRequiredService<WorkOrderService>();

    public DueItemSweeper Sweeper => Services.GetRequiredService<DueItemSweeper>();

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public HttpClient Client(string? key)
    {
        var client = _factory.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    /// <summary>A not-warm repair received, accepted and dispatched to <paramref name="unit"/>.</summary>
    public async Task<WorkOrder> DispatchedOrderAsync(string resident = "r-1", string unit = "unit-a", WorkOrderCategory category = WorkOrderCategory.RepairNotWarm, string district = "朝阳区")
    {
        var intake = new WorkOrderIntake(category, "webchat", resident, "家里暖气不热")
        {
            Ledger = new LedgerDetails { Address = $"幸福小区{resident}", Requester = "张女士", Phone = "13800000000", District = district, Community = "幸福小区" },
        };
        var order = (await WorkOrders.ReceiveAsync(intake, "resident", Ct)).Result.Order;
        await WorkOrders.AcceptAsync(order.Number, "desk", null, Ct);
        return (await WorkOrders.DispatchAsync(order.Number, unit, "desk", null, Ct)).Order;
    }

    public async Task<int> SweepUntilQuietAsync()
    {
        var total = 0;
        int handled;
        do
        {
            handled = await Sweeper.SweepAsync(Ct);
            total += handled;
        }
        while (handled > 0);

        return total;
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
