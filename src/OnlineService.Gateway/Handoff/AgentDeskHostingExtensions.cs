using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OnlineService.Gateway.Handoff;
using OnlineService.Services.Handoff;
using OnlineService.Services.Scheduling;

namespace Microsoft.Extensions.Hosting;

public static class AgentDeskHostingExtensions
{
    /// <summary>
    /// The human handoff and the 10-minute reply guarantee: options (section <c>AgentDesk</c>), the engine
    /// (<see cref="HandoffService"/>, <see cref="ReplyGuarantee"/>), the console's facade <see cref="IAgentDesk"/> with
    /// its live <see cref="IAgentDeskEvents"/>, the turn middleware that routes held conversations to people and
    /// starts every message's clock, the due-item handler of guards and silence handbacks, and the roster seeding.
    /// Needs the storage, the turn pipeline and the scheduled jobs (for the sweep) from the host.
    /// </summary>
    public static WebApplicationBuilder AddAgentDesk(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AgentDeskOptions>().BindConfiguration(AgentDeskOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AgentDeskOptions>, AgentDeskOptionsValidator>());
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<AgentDeskOptions>>().Value);

        services.TryAddSingleton<IAgentDeskEvents, AgentDeskEvents>();
        services.TryAddSingleton<IResidentMessenger, OutboxResidentMessenger>();
        services.TryAddSingleton<IConversationHistory, TranscriptConversationHistory>();
        services.TryAddSingleton<IConversationSummaries, LlmConversationSummaries>();
        services.TryAddSingleton<HandoffService>();
        services.TryAddSingleton<ReplyGuarantee>();
        services.TryAddSingleton<AgentDesk>();
        services.TryAddSingleton<IAgentDesk>(sp => sp.GetRequiredService<AgentDesk>());

        services.TryAddEnumerable(ServiceDescriptor.Singleton<OnlineService.Conversation.Turns.IMiddleware, HandoffMiddleware>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDueItemHandler, HandoffDueItemHandler>());
        services.AddHostedService<AgentRosterSeeder>();
        return builder;
    }
}
