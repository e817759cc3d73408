namespace OnlineService.Services.Handoff;

/// <summary>Port: the reply clocks of resident messages (ARCHITECTURE invariant 4: clocks are data).</summary>
public interface IReplyClockStore
{
    /// <summary>Starts a clock unless one with its id exists (a re-run turn); returns the stored clock.</summary>
    Task<ReplyClock> StartAsync(ReplyClock clock, CancellationToken cancellationToken);

    Task<ReplyClock?> GetAsync(string clockId, CancellationToken cancellationToken);

    /// <summary>
    /// Stops the resident's clock of every unanswered message of the conversation started at or before
    /// <paramref name="at"/>. Returns how many stopped.
    /// </summary>
    Task<int> AnswerResidentAsync(string conversationId, DateTimeOffset at, ReplySource source, CancellationToken cancellationToken);

    /// <summary>
    /// An agent answered: stops the agent's clock of every message people held that no agent answered yet (started at
    /// or before <paramref name="at"/>), and the resident's clock where still running. Returns how many agent clocks stopped.
    /// </summary>
    Task<int> AnswerAgentAsync(string conversationId, string agentId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The conversation's clocks started at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<ReplyClock>> ListByConversationAsync(string conversationId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Clocks started in [<paramref name="since"/>, <paramref name="until"/>), oldest first.</summary>
    Task<IReadOnlyList<ReplyClock>> ListStartedAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Clocks people held that no agent has answered yet, oldest first.</summary>
    Task<IReadOnlyList<ReplyClock>> ListAwaitingAgentAsync(CancellationToken cancellationToken);
}
