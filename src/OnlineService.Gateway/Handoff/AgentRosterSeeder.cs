using OnlineService.Services.Handoff;

namespace OnlineService.Gateway.Handoff;

/// <summary>Writes the configured roster (AgentDesk:Agents) into the store at start; presence stays as stored.</summary>
public sealed class AgentRosterSeeder(HandoffService handoff, ILogger<AgentRosterSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await handoff.SeedRosterAsync(cancellationToken);
        logger.LogInformation("Agent desk: {Count} agents on the roster.", handoff.Options.Agents.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
