using Microsoft.Extensions.Options;
using OnlineService.Services.Handoff;

namespace OnlineService.Gateway.Handoff;

/// <summary>Refuses an agent desk configuration that could not keep the reply guarantee, naming each setting to fix.</summary>
public sealed class AgentDeskOptionsValidator : IValidateOptions<AgentDeskOptions>
{
    public ValidateOptionsResult Validate(string? name, AgentDeskOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.BusyResponseAfter >= options.ReplyLimit)
        {
            failures.Add($"AgentDesk:BusyResponseAfter ({options.BusyResponseAfter}) must be shorter than AgentDesk:ReplyLimit ({options.ReplyLimit}), or the busy auto-response comes too late.");
        }

        if (options.ServiceHoursStart < TimeSpan.Zero || options.ServiceHoursStart >= TimeSpan.FromDays(1)
            || options.ServiceHoursEnd < TimeSpan.Zero || options.ServiceHoursEnd > TimeSpan.FromDays(1))
        {
            failures.Add("AgentDesk:ServiceHoursStart and ServiceHoursEnd must be times of day such as 08:00:00 and 20:00:00.");
        }

        foreach (var duplicate in options.Agents.GroupBy(a => a.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            failures.Add($"AgentDesk:Agents lists the id '{duplicate.Key}' {duplicate.Count()} times; give every agent its own id.");
        }

        for (var i = 0; i < options.Agents.Count; i++)
        {
            var agent = options.Agents[i];
            if (string.IsNullOrWhiteSpace(agent.Id) || string.IsNullOrWhiteSpace(agent.DisplayName))
            {
                failures.Add($"AgentDesk:Agents:{i} needs an Id and a DisplayName.");
            }

            if (agent.Capacity is < 1 or > 50)
            {
                failures.Add($"AgentDesk:Agents:{i}:Capacity must be between 1 and 50, was {agent.Capacity}.");
            }

            if (agent.Groups.Exists(string.IsNullOrWhiteSpace))
            {
                failures.Add($"AgentDesk:Agents:{i}:Groups has an empty entry; use billing, repair, complaints or general.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
