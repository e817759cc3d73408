using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Gateway.Jobs;
using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Services.Scheduling;

namespace OnlineService.Gateway.Tests.Jobs;

public sealed class DueItemSweeperTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    private static CancellationToken Ct => ClockGateway.Ct;

    [Fact]
    public async Task A_failed_item_is_released_with_backoff_and_handled_on_a_later_sweep()
    {
        var clock = new FakeTimeProvider(Start);
        var handler = new FlakyHandler { Failures = 2 };
        await using var gateway = new ClockGateway(_data.Path, clock, services => services.AddSingleton<IDueItemHandler>(handler));
        await gateway.DueItems.ScheduleAsync("job-1", FlakyHandler.Kind, Start, "{}", Ct);

        Assert.Equal(0, await gateway.Sweeper.SweepAsync(Ct));
        var released = await gateway.DueItems.FindAsync("job-1", Ct);
        Assert.Equal((DueItemStatus.Pending, 1, Start + TimeSpan.FromSeconds(30)), (released!.Status, released.Attempts, released.NextAttemptAt));

        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, await gateway.Sweeper.SweepAsync(Ct));
        Assert.Equal(1, handler.Calls);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, await gateway.Sweeper.SweepAsync(Ct));
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromSeconds(60), (await gateway.DueItems.FindAsync("job-1", Ct))!.NextAttemptAt);

        clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(1, await gateway.Sweeper.SweepAsync(Ct));
        Assert.Equal(0, await gateway.Sweeper.SweepAsync(Ct));
        Assert.Equal(["job-1"], handler.Handled);
        Assert.Equal(DueItemStatus.Completed, (await gateway.DueItems.FindAsync("job-1", Ct))!.Status);
    }

    [Fact]
    public async Task An_item_of_an_unknown_kind_is_kept_and_looked_at_again_later()
    {
        var clock = new FakeTimeProvider(Start);
        await using var gateway = new ClockGateway(_data.Path, clock);
        await gateway.DueItems.ScheduleAsync("job-1", "test.unknown", Start, "{}", Ct);

        Assert.Equal(0, await gateway.Sweeper.SweepAsync(Ct));

        var item = await gateway.DueItems.FindAsync("job-1", Ct);
        Assert.Equal((DueItemStatus.Pending, Start + new DueItemSweepOptions().MaxBackoff), (item!.Status, item.NextAttemptAt));
    }

    [Fact]
    public async Task Two_handlers_for_one_kind_are_refused_with_advice()
    {
        await using var gateway = new ClockGateway(_data.Path, new FakeTimeProvider(Start), services => services
            .AddSingleton<IDueItemHandler>(new FlakyHandler())
            .AddSingleton<IDueItemHandler>(new FlakyHandler()));

        var error = Assert.Throws<InvalidOperationException>(() => gateway.Sweeper);
        Assert.Contains("register one handler per kind", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 30)]
    [InlineData(1, 60)]
    [InlineData(3, 240)]
    [InlineData(6, 1800)]
    [InlineData(100, 1800)]
    public void Backoff_doubles_up_to_the_maximum(int failedBefore, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), DueItemSweeper.Backoff(failedBefore, new DueItemSweepOptions()));

    [Fact]
    public async Task The_test_gateway_runs_no_Quartz_sweeper_of_its_own()
    {
        await using var gateway = new ClockGateway(_data.Path, new FakeTimeProvider(Start));

        Assert.DoesNotContain(gateway.Services.GetServices<IHostedService>(), s => s.GetType().Namespace?.StartsWith("Quartz", StringComparison.Ordinal) ?? false);
    }

    [Fact]
    public async Task Quartz_runs_the_sweep_in_the_real_gateway()
    {
        var handler = new FlakyHandler { Failures = 0 };
        await using var gateway = new GatewayFactory(_data.Path)
            .WithSetting("Scheduling:Interval", "00:00:00.200")
            .WithServices(services => services.AddSingleton<IDueItemHandler>(handler));
        var store = gateway.Services.GetRequiredService<IDueItemStore>();
        Assert.Contains(gateway.Services.GetServices<IHostedService>(), s => s.GetType().Namespace?.StartsWith("Quartz", StringComparison.Ordinal) ?? false);

        await store.ScheduleAsync("job-1", FlakyHandler.Kind, gateway.Services.GetRequiredService<TimeProvider>().GetUtcNow(), "{}", Ct);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await store.FindAsync("job-1", Ct))!.Status != DueItemStatus.Completed && waited.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(100, Ct);
        }

        Assert.Equal(DueItemStatus.Completed, (await store.FindAsync("job-1", Ct))!.Status);
        Assert.Equal(["job-1"], handler.Handled);
    }
}
