namespace OnlineService.Services.Handoff;

/// <summary>
/// One agent of the desk: who (from configuration <c>AgentDesk:Agents</c>) and how available (kept in the store).
/// </summary>
/// <param name="Id">The agent's sign-in id; the console's credentials refer to it.</param>
/// <param name="DisplayName">The name residents and supervisors read.</param>
/// <param name="Groups">The skill groups the agent serves (<see cref="AgentGroups"/>).</param>
/// <param name="Capacity">Conversations the agent holds at most at once.</param>
/// <param name="Presence">Current availability.</param>
/// <param name="PresenceSince">When <paramref name="Presence"/> last changed.</param>
/// <param name="LastAssignedAt">When the agent last got a conversation; round-robin goes to the oldest.</param>
public sealed record AgentRosterEntry(
    string Id,
    string DisplayName,
    IReadOnlyList<string> Groups,
    int Capacity,
    AgentPresence Presence,
    DateTimeOffset PresenceSince,
    DateTimeOffset? LastAssignedAt)
{
    public bool Serves(string group) => Groups.Contains(group, StringComparer.Ordinal);

    /// <summary>Online or busy: someone who reads the console and can answer.</summary>
    public bool IsAttending => Presence is AgentPresence.Online or AgentPresence.Busy;
}
