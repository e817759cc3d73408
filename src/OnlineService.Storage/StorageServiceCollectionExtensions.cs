using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OnlineService.Conversation.Messaging;
using OnlineService.Conversation.State;
using OnlineService.Services.Handoff;
using OnlineService.Services.Scheduling;
using OnlineService.Services.WorkOrders;
using OnlineService.Storage;
using OnlineService.Storage.Agents;

namespace Microsoft.Extensions.DependencyInjection;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IStateStore"/>, <see cref="IInboundStore"/>, <see cref="IOutboxStore"/>,
    /// <see cref="ITranscriptStore"/>, <see cref="IStoreHealthProbe"/>, <see cref="IWorkOrderStore"/>,
    /// <see cref="IWorkOrderNumberSource"/>, <see cref="IDueItemStore"/>, <see cref="OnlineService.Services.Accounts.IAccountBindingStore"/>,
    /// <see cref="IHandoffStore"/> and <see cref="IReplyClockStore"/> as singletons of the provider chosen by the
    /// configuration section <c>Storage</c> (see <see cref="StorageOptions"/>). Invalid settings fail at start-up
    /// with a message naming the setting to fix.
    /// </summary>
    public static IServiceCollection AddOnlineServiceStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());

        services.TryAddSingleton(provider => StorageBackend.Create(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value,
            provider.GetService<IHostEnvironment>()?.ContentRootPath));
        services.TryAddSingleton(provider => provider.GetRequiredService<StorageBackend>().State);
        services.TryAddSingleton(provider => provider.GetRequiredService<StorageBackend>().Inbound);
        services.TryAddSingleton(provider => provider.GetRequiredService<StorageBackend>().Outbox);
        services.TryAddSingleton(provider => provider.GetRequiredService<StorageBackend>().Transcript);
        services.TryAddSingleton(provider => provider.GetRequiredService<StorageBackend>().Health);
        services.TryAddSingleton(provider => provider.GetRequiredService<StorageBackend>().WorkOrders);
        services.TryAddSingleton(provider => provider.GetRequiredService<StorageBackend>().WorkOrderNumbers);
        services.TryAddSingleton(provider => provider.GetRequiredService<StorageBackend>().DueItems);
        services.TryAddSingleton(provider => provider.GetRequiredService<StorageBackend>().AccountBindings);
        services.TryAddSingleton(provider => provider.GetRequiredService<StorageBackend>().Turns);
        services.TryAddSingleton(provider => provider.GetRequiredService<StorageBackend>().Handoff);
        services.TryAddSingleton(provider => provider.GetRequiredService<StorageBackend>().ReplyClocks);
        // The agent console's accounts (IAgentAccountStore), over the same database.
        services.TryAddSingleton(provider => AgentAccountBackend.Create(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value,
            provider.GetService<IHostEnvironment>()?.ContentRootPath));
        services.TryAddSingleton(provider => provider.GetRequiredService<AgentAccountBackend>().Store);
        return services;
    }
}
