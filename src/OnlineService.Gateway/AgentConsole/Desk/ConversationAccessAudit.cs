using OnlineService.Services.Privacy;

namespace OnlineService.Gateway.AgentConsole.Desk;

/// <summary>
/// The audit trail of personal data seen in the console (ARCHITECTURE invariant 6): who opened which conversation,
/// with the resident's ids masked, on its own log category so operators can route it to an audit sink.
/// </summary>
public sealed partial class ConversationAccessAudit(ILoggerFactory loggers)
{
    public const string Category = "OnlineService.Audit.AgentConsole";

    private readonly ILogger _logger = loggers.CreateLogger(Category);

    public void Opened(string agentId, string role, string ticketId, string channelId, string residentId) =>
        LogOpened(_logger, agentId, role, ticketId, channelId, Mask(residentId));

    public void Refused(string agentId, string ticketId) => LogRefused(_logger, agentId, ticketId);

    public void WorkOrderCreated(string agentId, string ticketId, string orderNumber) => LogWorkOrder(_logger, agentId, ticketId, orderNumber);

    /// <summary>Keeps the first and last 3 characters of an id, enough to tell residents apart in an audit, not to contact them.</summary>
    public static string Mask(string id) =>
        id.Length <= 8 ? PersonalDataMasker.MaskWhole(id) : $"{id[..3]}***{id[^3..]}";

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information,
        Message = "Agent {AgentId} ({Role}) opened conversation of ticket {TicketId}: channel {ChannelId}, resident {Resident}.")]
    private static partial void LogOpened(ILogger logger, string agentId, string role, string ticketId, string channelId, string resident);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Agent {AgentId} was refused ticket {TicketId}: not in the agent's groups.")]
    private static partial void LogRefused(ILogger logger, string agentId, string ticketId);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Agent {AgentId} created work order {OrderNumber} from ticket {TicketId}.")]
    private static partial void LogWorkOrder(ILogger logger, string agentId, string ticketId, string orderNumber);
}
