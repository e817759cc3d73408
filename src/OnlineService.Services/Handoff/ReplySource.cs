namespace OnlineService.Services.Handoff;

/// <summary>Who answered a resident's message first.</summary>
public enum ReplySource
{
    Bot,
    Agent,

    /// <summary>A busy, off-hours or outage auto-response; it answers the resident but not the agent's own clock.</summary>
    AutoResponse,
}
