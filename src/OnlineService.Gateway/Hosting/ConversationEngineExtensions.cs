using OnlineService.Conversation.State;
using OnlineService.Conversation.Turns;

namespace Microsoft.Extensions.DependencyInjection;

public static class ConversationEngineExtensions
{
    /// <summary>The channel-neutral engine: conversation and user state over the store, and the turn pipeline.</summary>
    public static IServiceCollection AddConversationEngine(this IServiceCollection services)
    {
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<TurnPipeline>();
        return services;
    }
}
