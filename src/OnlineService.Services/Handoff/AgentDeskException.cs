namespace OnlineService.Services.Handoff;

/// <summary>An agent desk operation that is not allowed as asked (e.g. replying to a ticket another agent holds).</summary>
public sealed class AgentDeskException : Exception
{
    public AgentDeskException()
    {
    }

    public AgentDeskException(string message)
        : base(message)
    {
    }

    public AgentDeskException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
