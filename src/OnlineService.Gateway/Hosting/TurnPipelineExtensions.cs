using OnlineService.Gateway.Inbound;
using OnlineService.Gateway.Outbox;

namespace Microsoft.Extensions.Hosting;

public static class TurnPipelineExtensions
{
    /// <summary>
    /// The path every message travels: inbound acceptance → ordered turns → persisted outbox → channel senders,
    /// with recovery of unfinished turns.
    /// </summary>
    public static WebApplicationBuilder AddTurnPipeline(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TurnOptions>().BindConfiguration(TurnOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<InboundAcceptor>();
        services.AddSingleton<TurnExecutor>();
        services.AddSingleton<TurnScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<TurnScheduler>());
        services.AddSingleton<PendingTurnRecovery>();
        services.AddHostedService(sp => sp.GetRequiredService<PendingTurnRecovery>());

        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<DeliveryMetrics>();
        services.AddSingleton<ProactiveOutbox>();
        services.AddSingleton<ChannelSenders>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return builder;
    }
}
