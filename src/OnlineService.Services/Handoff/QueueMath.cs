namespace OnlineService.Services.Handoff;

/// <summary>A waiting ticket's place in its group's queue, and the wait to expect.</summary>
internal static class QueueMath
{
    public static QueuePosition? PositionOf(
        HandoffTicket ticket, IEnumerable<HandoffTicket> openTickets, IEnumerable<AgentRosterEntry> agents, TimeSpan averageHandlingTime)
    {
        if (ticket.Status != TicketStatus.Waiting)
        {
            return null;
        }

        var ahead = openTickets.Count(other =>
            other.Status == TicketStatus.Waiting
            && other.Group == ticket.Group
            && other.Id != ticket.Id
            && (other.CreatedAt < ticket.CreatedAt || (other.CreatedAt == ticket.CreatedAt && string.CompareOrdinal(other.Id, ticket.Id) < 0)));
        var attending = agents.Count(agent => agent.IsAttending && agent.Serves(ticket.Group));
        var position = ahead + 1;

        // Each attending agent works through the queue in parallel; with nobody attending, assume one comes back.
        var rounds = (int)Math.Ceiling(position / (double)Math.Max(1, attending));
        return new QueuePosition(position, averageHandlingTime * rounds, NobodyAttending: attending == 0);
    }
}
