using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Gateway.Jobs;
using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Services.Scheduling;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Tests.Jobs;

/// <summary>
/// The real gateway on a data folder and a fake clock, with Quartz's hosted service removed so the test alone decides
/// when a sweep runs (it calls <see cref="DueItemSweeper.SweepAsync"/> directly). Two of these over one folder are two
/// gateway processes; one after another, a restart.
/// </summary>
public sealed class ClockGateway : IAsyncDisposable
{
    private readonly GatewayFactory _factory;

    public ClockGateway(
        string dataDirectory, FakeTimeProvider clock, Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _factory = new GatewayFactory(dataDirectory) { Clock = clock };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _factory.WithSetting(key, value);
        }

        _factory.WithServices(services =>
        {
            foreach (var quartz in services.Where(d => d.ServiceType == typeof(IHostedService)
                         && (d.ImplementationType?.Namespace?.StartsWith("Quartz", StringComparison.Ordinal) ?? false)).ToList())
            {
                services.Remove(quartz);
            }

            configure?.Invoke(services);
        });
    }

    public IServiceProvider Services => _factory.Services;

    public WorkOrderService WorkOrders => Services.GetRequiredService<WorkOrderService>();

    public DueItemSweeper Sweeper => Services.GetRequiredService<DueItemSweeper>();

    public IDueItemStore DueItems => Services.GetRequiredService<IDueItemStore>();

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static WorkOrderIntake Intake(string resident, WorkOrderCategory category = WorkOrderCategory.RepairNotWarm) =>
        new(category, "webchat", resident, "家里暖气不热")
        {
            Ledger = new LedgerDetails { Address = $"幸福小区{resident}", Requester = "张女士", Phone = "13800000000" },
        };

    /// <summary>Sweeps until a sweep handles nothing.</summary>
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
