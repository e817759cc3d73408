using Microsoft.Extensions.DependencyInjection;
using OnlineService.Conversation.Turns;
using OnlineService.Dialogs.Content;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Dialogs.WorkOrders;

/// <summary>Registration of the work-order conversations; called by <c>AddHeatingDialogs</c>.</summary>
internal static class WorkOrderDialogsServiceCollectionExtensions
{
    /// <summary>
    /// The request dialogs (repair by kind, complaint, report, suggestion, praise), progress, the callback survey and
    /// its middleware. Needs a <see cref="WorkOrderService"/> and <see cref="IWorkOrderStore"/> from the host.
    /// </summary>
    public static IServiceCollection AddWorkOrderDialogs(this IServiceCollection services)
    {
        services.AddSingleton<WorkOrderDesk>();
        services.AddSingleton<WorkOrderMessages>();
        services.AddSingleton<PendingSurveyStore>();
        services.AddSingleton<CallbackSurveyDialog>();
        services.AddSingleton<IMiddleware, CallbackSurveyMiddleware>();
        services.AddSingleton<ServiceDialog>(sp => Repair(sp, null));
        foreach (var kind in new[] { WorkOrderCategory.RepairLeak, WorkOrderCategory.RepairNotWarm, WorkOrderCategory.RepairTemperatureCheck, WorkOrderCategory.RepairOther })
        {
            services.AddSingleton<ServiceDialog>(sp => Repair(sp, kind));
        }

        foreach (var category in new[] { WorkOrderCategory.Complaint, WorkOrderCategory.Report, WorkOrderCategory.Suggestion, WorkOrderCategory.Praise })
        {
            services.AddSingleton<ServiceDialog>(sp => new FeedbackDialog(category, sp.GetRequiredService<WorkOrderDesk>(), sp.GetRequiredService<TextCatalog>()));
        }

        services.AddSingleton<ServiceDialog, RequestStatusDialog>();
        services.AddSingleton<ServiceDialog, ContactCorrectionDialog>();
        return services;
    }

    private static RepairDialog Repair(IServiceProvider services, WorkOrderCategory? kind) =>
        new(kind, services.GetRequiredService<WorkOrderDesk>(), services.GetRequiredService<TextCatalog>());
}
