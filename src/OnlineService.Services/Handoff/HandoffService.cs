using OnlineService.Services.Scheduling;

namespace OnlineService.Services.Handoff;

/// <summary>
/// The handoff engine: queues conversations the bot hands over, routes them to agents (round-robin or least-busy
/// among online agents of the group with room), and hands them back to the bot. Every change to a ticket is a
/// compare-and-set in the store, so concurrent claims, assignments and closes never overwrite each other.
/// </summary>
public sealed class HandoffService(
    IHandoffStore store,
    IDueItemStore dueItems,
    IResidentMessenger messenger,
    IAgentDeskEvents events,
    AgentDeskOptions options,
    TimeProvider clock)
{
    private const int UpdateAttempts = 8;

    public AgentDeskOptions Options => options;

    /// <summary>The conversation's open ticket: while one exists, people hold the conversation, not the bot.</summary>
    public Task<HandoffTicket?> FindHeldAsync(string conversationId, CancellationToken cancellationToken) =>
        store.FindOpenTicketAsync(conversationId, cancellationToken);

    /// <summary>
    /// Hands a conversation to people: nothing without a desk or outside service hours (the caller gives the
    /// hotline); otherwise a ticket, assigned at once when an agent has room, else queued with its position.
    /// Idempotent for a re-run turn (the ticket id derives from the message id).
    /// </summary>
    public async Task<HandoffOutcome> RequestAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!options.IsConfigured)
        {
            return new HandoffOutcome(HandoffOutcomeKind.NoDesk);
        }

        var now = clock.GetUtcNow();
        var ticket = await store.FindOpenTicketAsync(request.ConversationId, cancellationToken);
        if (ticket is null)
        {
            if (request.Trigger == HandoffTrigger.Emergency)
            {
                // An emergency is put in front of whoever attends, at any hour, and never queued where nobody serves
                // (issue 11): with nobody attending the resident has the hotline and the duty unit has the order.
                var roster = await RosterAsync(cancellationToken);
                var holding = AgentRouter.HoldingOf(await store.ListOpenTicketsAsync(cancellationToken));
                if (AgentRouter.PickForEmergency(roster, GroupFor(request), holding, options.Routing) is null)
                {
                    return new HandoffOutcome(options.IsServiceTime(now) ? HandoffOutcomeKind.NobodyAttending : HandoffOutcomeKind.OffHours);
                }
            }
            else if (!options.IsServiceTime(now))
            {
                return new HandoffOutcome(HandoffOutcomeKind.OffHours);
            }

            ticket = await store.AddTicketAsync(
                new HandoffTicket
                {
                    Id = $"ho-{request.MessageId}",
                    ConversationId = request.ConversationId,
                    ChannelId = request.ChannelId,
                    ResidentId = request.ResidentId,
                    BotId = request.BotId,
                    Group = GroupFor(request),
                    Intent = request.Intent,
                    Trigger = request.Trigger,
                    CreatedAt = now,
                    LastResidentMessageAt = now,
                },
                cancellationToken);
            events.Publish(new DeskEvent(DeskEventKind.TicketQueued, now, ticket.Id, Group: ticket.Group));
            if (ticket.Status == TicketStatus.Waiting)
            {
                ticket = await TryAutoAssignAsync(ticket, notifyResident: false, cancellationToken) ?? ticket;
            }

        }
        else if (request.Trigger == HandoffTrigger.Emergency && ticket.Trigger != HandoffTrigger.Emergency)
        {
            // A resident already waiting for a person reports a danger: the ticket becomes an emergency and overflows.
            ticket = await UpdateAsync(ticket.Id, t => t.IsOpen && t.Trigger != HandoffTrigger.Emergency
                ? t with { Trigger = HandoffTrigger.Emergency, Group = t.Status == TicketStatus.Waiting ? GroupFor(request) : t.Group }
                : null, cancellationToken) ?? ticket;
            events.Publish(new DeskEvent(DeskEventKind.TicketQueued, now, ticket.Id, ticket.AgentId, ticket.Group));
            if (ticket.Status == TicketStatus.Waiting)
            {
                ticket = await TryAutoAssignAsync(ticket, notifyResident: false, cancellationToken) ?? ticket;
            }

            if (ticket.Status == TicketStatus.Waiting)
            {
                // Nobody attends anywhere: out of the queue, back to the bot; the duty unit has the emergency order.
                var closed = await UpdateAsync(ticket.Id, t => t.Status == TicketStatus.Waiting
                    ? t with { Status = TicketStatus.Closed, ClosedAt = now, CloseReason = TicketCloseReason.EmergencyUnattended }
                    : null, cancellationToken);
                if (closed is { Status: TicketStatus.Closed })
                {
                    events.Publish(new DeskEvent(DeskEventKind.TicketClosed, now, closed.Id, Group: closed.Group));
                    return new HandoffOutcome(options.IsServiceTime(now) ? HandoffOutcomeKind.NobodyAttending : HandoffOutcomeKind.OffHours);
                }

                ticket = closed ?? ticket;
            }
        }

        if (ticket.Status == TicketStatus.Assigned)
        {
            var agent = ticket.AgentId is null ? null : await store.GetAgentAsync(ticket.AgentId, cancellationToken);
            return new HandoffOutcome(HandoffOutcomeKind.Assigned, ticket, AgentName: agent?.DisplayName);
        }

        return new HandoffOutcome(HandoffOutcomeKind.Queued, ticket, await PositionOfAsync(ticket, cancellationToken));
    }

    /// <summary>The ticket's place in its queue while waiting, else null.</summary>
    public async Task<QueuePosition?> PositionOfAsync(HandoffTicket ticket, CancellationToken cancellationToken) =>
        ticket.Status != TicketStatus.Waiting
            ? null
            : QueueMath.PositionOf(
                ticket, await store.ListOpenTicketsAsync(cancellationToken), await RosterAsync(cancellationToken), options.AverageHandlingTime);

    /// <summary>The configured agents as stored (presence included), in configuration order.</summary>
    public async Task<IReadOnlyList<AgentRosterEntry>> RosterAsync(CancellationToken cancellationToken)
    {
        var stored = (await store.ListAgentsAsync(cancellationToken)).ToDictionary(agent => agent.Id, StringComparer.Ordinal);
        return [.. options.Agents.Select(agent => stored.GetValueOrDefault(agent.Id)).OfType<AgentRosterEntry>()];
    }

    /// <summary>Writes the configured roster into the store (presence stays as stored).</summary>
    public async Task SeedRosterAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var agent in options.Agents)
        {
            IReadOnlyList<string> groups = agent.Groups.Count == 0 ? [options.DefaultGroup] : agent.Groups;
            await store.SeedAgentAsync(agent.Id, agent.DisplayName, groups, agent.Capacity, now, cancellationToken);
        }
    }

    /// <summary>Assigns waiting tickets, oldest first, to online agents with room. Returns how many were assigned.</summary>
    public async Task<int> DrainQueueAsync(CancellationToken cancellationToken)
    {
        var open = await store.ListOpenTicketsAsync(cancellationToken);
        var agents = (await RosterAsync(cancellationToken)).ToList();
        var holding = AgentRouter.HoldingOf(open);
        var assigned = 0;
        // Emergencies first: they overflow to any attending agent (AgentRouter.PickForEmergency).
        foreach (var waiting in open.Where(ticket => ticket.Status == TicketStatus.Waiting).OrderBy(ticket => ticket.Trigger == HandoffTrigger.Emergency ? 0 : 1))
        {
            if (AgentRouter.PickFor(waiting, agents, holding, options.Routing) is not { } agent)
            {
                continue;
            }

            if (await AssignAsync(waiting, agent, notifyResident: true, DeskEventKind.TicketAssigned, cancellationToken) is { } saved)
            {
                holding[agent.Id] = AgentRouter.Holding(holding, agent) + 1;
                agents[agents.IndexOf(agent)] = agent with { LastAssignedAt = saved.AssignedAt };
                assigned++;
            }
        }

        return assigned;
    }

    /// <summary>
    /// Gives a ticket to an agent if it is still at the version read (compare-and-set): of two racing callers exactly
    /// one gets the saved ticket, the other null. Starts the agent-silence clock; tells the resident when asked to.
    /// </summary>
    public async Task<HandoffTicket?> AssignAsync(
        HandoffTicket ticket, AgentRosterEntry agent, bool notifyResident, DeskEventKind kind, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var saved = await store.TryUpdateTicketAsync(
            ticket with { Status = TicketStatus.Assigned, AgentId = agent.Id, AssignedAt = now, LastAgentActivityAt = now }, cancellationToken);
        if (saved is null)
        {
            return null;
        }

        await store.MarkAssignedAsync(agent.Id, now, cancellationToken);
        await ScheduleSilenceAsync(saved, cancellationToken);
        if (notifyResident)
        {
            await messenger.SendAsync(saved.Address, ResidentMessage.Of(ResidentNotice.Assigned, agent.DisplayName), $"{saved.Id}-v{saved.Version}-assigned", cancellationToken);
        }

        events.Publish(new DeskEvent(kind, now, saved.Id, agent.Id, saved.Group));
        return saved;
    }

    /// <summary>Hands the conversation back to the bot and tells the resident; frees the agent's room for the queue.</summary>
    public async Task<HandoffTicket?> CloseAsync(string ticketId, TicketCloseReason reason, Func<HandoffTicket, bool> allowed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var closing = false;
        var closed = await UpdateAsync(
            ticketId,
            ticket =>
            {
                closing = ticket.IsOpen && allowed(ticket);
                return closing ? ticket with { Status = TicketStatus.Closed, ClosedAt = now, CloseReason = reason } : null;
            },
            cancellationToken);
        if (!closing || closed is null)
        {
            return null;
        }

        var notice = reason == TicketCloseReason.AgentSilence ? ResidentNotice.SilenceHandback : ResidentNotice.Closed;
        await messenger.SendAsync(closed.Address, ResidentMessage.Of(notice), $"{closed.Id}-closed", cancellationToken);
        events.Publish(new DeskEvent(DeskEventKind.TicketClosed, now, closed.Id, closed.AgentId, closed.Group));
        await DrainQueueAsync(cancellationToken);
        return closed;
    }

    /// <summary>Fired by the silence item: closes the ticket if its agent has done nothing since <paramref name="since"/>.</summary>
    public Task<HandoffTicket?> HandleSilenceAsync(string ticketId, DateTimeOffset since, CancellationToken cancellationToken) =>
        CloseAsync(
            ticketId,
            TicketCloseReason.AgentSilence,
            ticket => ticket.Status == TicketStatus.Assigned && ticket.LastAgentActivityAt == since,
            cancellationToken);

    /// <summary>Records agent activity (a reply) on the ticket and restarts the silence clock from it.</summary>
    public async Task<HandoffTicket?> TouchAgentAsync(string ticketId, string agentId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var touching = false;
        var saved = await UpdateAsync(
            ticketId,
            ticket =>
            {
                touching = ticket.Status == TicketStatus.Assigned && ticket.AgentId == agentId;
                return touching ? ticket with { LastAgentActivityAt = now } : null;
            },
            cancellationToken);
        if (touching && saved is not null)
        {
            await ScheduleSilenceAsync(saved, cancellationToken);
        }

        return saved;
    }

    /// <summary>Records the resident's latest message on the ticket.</summary>
    public Task<HandoffTicket?> TouchResidentAsync(string ticketId, DateTimeOffset at, CancellationToken cancellationToken) =>
        UpdateAsync(ticketId, ticket => ticket.IsOpen && (ticket.LastResidentMessageAt ?? DateTimeOffset.MinValue) < at ? ticket with { LastResidentMessageAt = at } : null, cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> to the stored ticket with compare-and-set, re-reading and re-applying after
    /// a concurrent change. <paramref name="change"/> returns null when nothing is to be done; the current ticket is
    /// returned then.
    /// </summary>
    public async Task<HandoffTicket?> UpdateAsync(string ticketId, Func<HandoffTicket, HandoffTicket?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < UpdateAttempts; attempt++)
        {
            var current = await store.GetTicketAsync(ticketId, cancellationToken);
            if (current is null || change(current) is not { } changed)
            {
                return current;
            }

            if (await store.TryUpdateTicketAsync(changed, cancellationToken) is { } saved)
            {
                return saved;
            }
        }

        throw new AgentDeskException($"Ticket {ticketId} kept changing under {UpdateAttempts} attempts to update it; try the action again.");
    }

    private async Task<HandoffTicket?> TryAutoAssignAsync(HandoffTicket ticket, bool notifyResident, CancellationToken cancellationToken)
    {
        var open = await store.ListOpenTicketsAsync(cancellationToken);
        var agent = AgentRouter.PickFor(ticket, await RosterAsync(cancellationToken), AgentRouter.HoldingOf(open), options.Routing);
        return agent is null ? null : await AssignAsync(ticket, agent, notifyResident, DeskEventKind.TicketAssigned, cancellationToken);
    }

    private Task ScheduleSilenceAsync(HandoffTicket ticket, CancellationToken cancellationToken)
    {
        var since = ticket.LastAgentActivityAt ?? ticket.AssignedAt ?? clock.GetUtcNow();
        return dueItems.ScheduleAsync(
            HandoffDueItems.SilenceId(ticket.Id, since),
            HandoffDueItems.SilenceKind,
            since + options.AgentSilence,
            HandoffDueItems.SilencePayload(ticket.Id, since),
            cancellationToken);
    }

    private string GroupFor(HandoffRequest request) => request.Trigger switch
    {
        HandoffTrigger.Complaint => options.GroupFor(request.Intent is null or "complaint" ? "complaint" : request.Intent),
        HandoffTrigger.Emergency => options.EmergencyGroup,
        _ => options.GroupFor(request.Intent),
    };
}
