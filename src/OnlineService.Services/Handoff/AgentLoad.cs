namespace OnlineService.Services.Handoff;

/// <summary>An agent and the conversations they hold.</summary>
public sealed record AgentLoad(AgentRosterEntry Agent, int Holding);
