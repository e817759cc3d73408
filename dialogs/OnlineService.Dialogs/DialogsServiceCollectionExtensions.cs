using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OnlineService.Conversation.Dialogs;
using OnlineService.Conversation.Turns;
using OnlineService.Dialogs;
using OnlineService.Dialogs.Accounts;
using OnlineService.Dialogs.Content;
using OnlineService.Dialogs.Emergencies;
using OnlineService.Dialogs.Handoff;
using OnlineService.Dialogs.Interruptions;
using OnlineService.Dialogs.Main;
using OnlineService.Dialogs.Understanding;
using OnlineService.Dialogs.WorkOrders;
using OnlineService.Services.Accounts;
using OnlineService.Services.Handoff;
using OnlineService.Services.WorkOrders;

namespace Microsoft.Extensions.DependencyInjection;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the heating utility's dialogs and the bot. Needs <see cref="DialogsOptions"/>, an
    /// <see cref="IContentPlaceholders"/>, the understanding services (IntentRecognizer, FaqKnowledgeBase,
    /// UnderstandingOptions) from the host, and the conversation state from the engine.
    /// </summary>
    public static IServiceCollection AddHeatingDialogs(this IServiceCollection services)
    {
        services.AddSingleton(sp => new TextCatalog(
            Path.Combine(sp.GetRequiredService<IOptions<DialogsOptions>>().Value.ContentPath, "texts", "zh-CN.yaml"),
            sp.GetRequiredService<IContentPlaceholders>().GetValues));
        services.AddSingleton<InterruptionRecognizer>();
        services.AddSingleton<MessageRouter>();
        services.AddSingleton<SmalltalkRecognizer>();
        AddHandoff(services);
        AddAccountBinding(services);
        services.AddWorkOrderDialogs();
        services.AddSingleton<MainDialog>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<DialogRunner>(sp, sp.GetRequiredService<MainDialog>()));
        services.AddSingleton<ITurnHandler, HeatingBot>();
        services.AddSingleton<ITurnErrorHandler, DialogTurnErrorHandler>();
        return services;
    }

    /// <summary>
    /// The handoff: to the agent desk when the host registered the <see cref="HandoffService"/> (it still gives the
    /// hotline when no agents are configured or outside service hours), else straight to the hotline.
    /// </summary>
    private static void AddHandoff(IServiceCollection services)
    {
        services.AddSingleton<EmergencyRecognizer>();
        services.TryAddSingleton(sp => new EmergencyOrders(
            sp.GetRequiredService<WorkOrderService>(), sp.GetService<EmergencyDispatchOptions>() ?? new EmergencyDispatchOptions()));
        services.AddSingleton<ServiceDialog, EmergencyDialog>();
        services.TryAddSingleton(sp => new HandoffWording(sp.GetRequiredService<TextCatalog>(), sp.GetService<AgentDeskOptions>() ?? new AgentDeskOptions()));
        services.TryAddSingleton<IHumanHandoff>(sp => sp.GetService<HandoffService>() is { } desk
            ? ActivatorUtilities.CreateInstance<DeskHandoff>(sp, desk)
            : ActivatorUtilities.CreateInstance<HotlineHandoff>(sp));
    }

    /// <summary>
    /// Account binding over the host's <see cref="IAccountBindingStore"/> (the storage providers register it). The demo
    /// directory stands in for the billing system until the host registers its own <see cref="IHeatingAccountDirectory"/>
    /// (before or after this call).
    /// </summary>
    private static void AddAccountBinding(IServiceCollection services)
    {
        services.TryAddSingleton<IHeatingAccountDirectory>(LocalHeatingAccountDirectory.Demo);
        services.TryAddSingleton(new AccountBindingOptions());
        services.TryAddSingleton(sp => new AccountBindingService(
            sp.GetRequiredService<IHeatingAccountDirectory>(),
            sp.GetRequiredService<IAccountBindingStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<AccountBindingOptions>()));
        services.TryAddSingleton<BindingReplies>();
        services.AddSingleton<ServiceDialog, BindAccountDialog>();
    }
}
