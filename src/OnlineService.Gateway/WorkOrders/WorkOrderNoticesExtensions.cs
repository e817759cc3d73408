using Microsoft.Extensions.DependencyInjection.Extensions;
using OnlineService.Gateway.WorkOrders.Callbacks;
using OnlineService.Gateway.WorkOrders.Notices;
using OnlineService.Services.Calendar;
using OnlineService.Services.Scheduling;
using OnlineService.Services.WorkOrders;

namespace Microsoft.Extensions.Hosting;

public static class WorkOrderNoticesExtensions
{
    /// <summary>
    /// Milestone notices and the callback survey to the resident on the channel they used (T/CDHA 10.2.2.2, 8.6): an
    /// <see cref="IWorkOrderObserver"/> schedules them as due items, handlers queue them in the outbox. Uses the due-item
    /// sweep of <c>AddScheduledJobs</c> and the outbox of <c>AddTurnPipeline</c>.
    /// </summary>
    public static WebApplicationBuilder AddWorkOrderNotices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WorkOrderNoticeOptions>()
            .BindConfiguration(WorkOrderNoticeOptions.SectionName)
            .Validate(o => string.IsNullOrWhiteSpace(o.CallbackQuietHours) || IsWindows(o.CallbackQuietHours),
                "WorkOrderNotices:CallbackQuietHours must be windows like \"12:00-14:00, 21:00-08:00\" (China time), or empty for the profile's.")
            .ValidateOnStart();
        services.TryAddSingleton<WorkOrderNoticeScheduler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkOrderObserver, WorkOrderNoticeScheduler>(p => p.GetRequiredService<WorkOrderNoticeScheduler>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDueItemHandler, WorkOrderNoticeHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDueItemHandler, CallbackSurveyHandler>());
        return builder;
    }

    private static bool IsWindows(string text)
    {
        try
        {
            DailyWindows.Parse(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
