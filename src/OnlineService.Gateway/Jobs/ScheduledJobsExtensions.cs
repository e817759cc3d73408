using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OnlineService.Gateway.Jobs;
using OnlineService.Gateway.WorkOrders;
using OnlineService.Services.Scheduling;
using OnlineService.Services.WorkOrders;
using Quartz;

namespace Microsoft.Extensions.Hosting;

public static class ScheduledJobsExtensions
{
    /// <summary>
    /// Clocks as data (ARCHITECTURE invariant 4): the due-item sweep as a Quartz job every
    /// <see cref="DueItemSweepOptions.Interval"/>, the SLA handler, and the work-order store decorated so every save
    /// is shown to each <see cref="IWorkOrderObserver"/> (the SLA clock is one). Call after <c>AddOnlineServiceStorage</c>, whose <see cref="IWorkOrderStore"/>
    /// and <see cref="IDueItemStore"/> it uses. Registers the national profile's <see cref="SlaPolicy"/> and a
    /// <see cref="WorkOrderService"/> unless the host registered its own before.
    /// </summary>
    public static WebApplicationBuilder AddScheduledJobs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(DueItemSweeper)))
        {
            return builder;
        }

        services.AddOptions<DueItemSweepOptions>().BindConfiguration(DueItemSweepOptions.SectionName);
        services.AddOptions<SlaOptions>().BindConfiguration(SlaOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlaOptions>, SlaOptionsValidator>());
        services.TryAddSingleton(provider => SlaPolicyFactory.Create(
            provider.GetRequiredService<IOptions<SlaOptions>>().Value, provider.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.TryAddSingleton<WorkOrderService>();
        services.TryAddSingleton<SlaClockScheduler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkOrderObserver, SlaClockScheduler>(p => p.GetRequiredService<SlaClockScheduler>()));
        DecorateWorkOrderStore(services);

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDueItemHandler, SlaClockItemHandler>());
        services.TryAddSingleton<DueItemSweeper>();
        services.TryAddSingleton<WorkOrderReconciler>();

        var section = builder.Configuration.GetSection(DueItemSweepOptions.SectionName);
        var defaults = new DueItemSweepOptions();
        var interval = section.GetValue<TimeSpan?>(nameof(DueItemSweepOptions.Interval)) ?? defaults.Interval;
        var reconcileInterval = section.GetValue<TimeSpan?>(nameof(DueItemSweepOptions.ReconcileInterval)) ?? defaults.ReconcileInterval;
        builder.AddQuartz(quartz =>
        {
            quartz.ScheduleJob<DueItemSweepJob>(trigger => trigger.WithIdentity("due-item-sweep").WithSimpleSchedule(interval));
            quartz.ScheduleJob<WorkOrderReconcileJob>(trigger => trigger.WithIdentity("work-order-reconcile").WithSimpleSchedule(reconcileInterval));
        });
        builder.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }

    private static void DecorateWorkOrderStore(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IWorkOrderStore))
            ?? throw new InvalidOperationException("No IWorkOrderStore is registered; call services.AddOnlineServiceStorage() before builder.AddScheduledJobs().");
        services.Remove(registered);
        services.AddSingleton<IWorkOrderStore>(provider => new ObservedWorkOrderStore(
            Resolve(registered, provider), provider.GetServices<IWorkOrderObserver>()));
    }

    private static IWorkOrderStore Resolve(ServiceDescriptor descriptor, IServiceProvider provider) =>
        (IWorkOrderStore)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
