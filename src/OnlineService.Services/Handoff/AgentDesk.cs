using System.Collections.Concurrent;
using OnlineService.Services.Accounts;
using OnlineService.Services.Calendar;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Services.Handoff;

/// <summary>The agent console's facade over the handoff engine (see <see cref="IAgentDesk"/>).</summary>
public sealed class AgentDesk(
    HandoffService handoff,
    ReplyGuarantee guarantee,
    IHandoffStore store,
    IReplyClockStore clocks,
    IResidentMessenger messenger,
    IConversationHistory history,
    IConversationSummaries summaries,
    IAccountBindingStore bindings,
    IWorkOrderStore workOrders,
    IAgentDeskEvents events,
    AgentDeskOptions options,
    TimeProvider clock) : IAgentDesk
{
    private const int TranscriptLines = 200;
    private const int ClaimAttempts = 8;
    private const int MaxCachedSummaries = 1000;

    private readonly ConcurrentDictionary<string, (long UpTo, string Summary)> _summaries = new(StringComparer.Ordinal);

    public IAgentDeskEvents Events => events;

    public Task<IReadOnlyList<AgentRosterEntry>> ListAgentsAsync(CancellationToken cancellationToken) => handoff.RosterAsync(cancellationToken);

    public async Task<AgentRosterEntry?> GetAgentAsync(string agentId, CancellationToken cancellationToken) =>
        (await handoff.RosterAsync(cancellationToken)).FirstOrDefault(agent => agent.Id == agentId);

    public async Task<AgentRosterEntry> SetPresenceAsync(string agentId, AgentPresence presence, CancellationToken cancellationToken)
    {
        var before = await RequireAgentAsync(agentId, cancellationToken);
        var now = clock.GetUtcNow();
        var after = await store.SetPresenceAsync(agentId, presence, now, cancellationToken)
            ?? throw new AgentDeskException($"Agent {agentId} is configured but not in the store; restart the gateway so the roster is seeded again.");
        if (after.Presence != before.Presence)
        {
            events.Publish(new DeskEvent(DeskEventKind.PresenceChanged, now, AgentId: agentId));
        }

        if (after.Presence == AgentPresence.Offline && before.Presence != AgentPresence.Offline)
        {
            await ReleaseHeldAsync(after, cancellationToken);
        }

        if (after.IsAttending && !before.IsAttending)
        {
            await guarantee.ApologizeForMissedAsync(after, cancellationToken);
        }

        if (after.Presence == AgentPresence.Online)
        {
            await handoff.DrainQueueAsync(cancellationToken);
        }

        return after;
    }

    public async Task<IReadOnlyList<DeskTicket>> ListTicketsAsync(string agentId, CancellationToken cancellationToken)
    {
        var agent = await RequireAgentAsync(agentId, cancellationToken);
        var open = await store.ListOpenTicketsAsync(cancellationToken);
        var roster = await handoff.RosterAsync(cancellationToken);
        var awaiting = await AwaitingByTicketAsync(cancellationToken);
        return [.. open
            .Where(t => (t.Status == TicketStatus.Waiting && agent.Serves(t.Group)) || (t.Status == TicketStatus.Assigned && t.AgentId == agentId))
            .Select(t => ToDeskTicket(t, open, roster, awaiting))];
    }

    public async Task<TicketDetails?> GetTicketAsync(string ticketId, CancellationToken cancellationToken)
    {
        var ticket = await store.GetTicketAsync(ticketId, cancellationToken);
        if (ticket is null)
        {
            return null;
        }

        var open = await store.ListOpenTicketsAsync(cancellationToken);
        var desk = ToDeskTicket(ticket, open, await handoff.RosterAsync(cancellationToken), await AwaitingByTicketAsync(cancellationToken));
        var transcript = await history.ReadAsync(ticket.ConversationId, TranscriptLines, cancellationToken);
        var accounts = (await bindings.ReadAsync(ticket.ChannelId, ticket.ResidentId, cancellationToken))?.Record.Accounts ?? [];
        var orders = await OpenOrdersAsync(ticket.ResidentId, accounts, cancellationToken);
        var summary = await SummaryAsync(ticket.Id, transcript, cancellationToken);
        var ticketClocks = await clocks.ListByConversationAsync(ticket.ConversationId, ticket.CreatedAt, cancellationToken);
        return new TicketDetails(desk, transcript, accounts, orders, ticket.Intent, summary, ticketClocks);
    }

    public async Task<ClaimResult> ClaimAsync(string ticketId, string agentId, CancellationToken cancellationToken)
    {
        var agent = await RequireAgentAsync(agentId, cancellationToken);
        for (var attempt = 0; attempt < ClaimAttempts; attempt++)
        {
            var ticket = await store.GetTicketAsync(ticketId, cancellationToken);
            switch (ticket)
            {
                case null:
                    return new ClaimResult(ClaimOutcome.NotFound, null);
                case { Status: TicketStatus.Closed }:
                    return new ClaimResult(ClaimOutcome.Closed, ticket);
                case { Status: TicketStatus.Assigned }:
                    return new ClaimResult(ticket.AgentId == agentId ? ClaimOutcome.Claimed : ClaimOutcome.TakenByAnother, ticket);
            }

            if (!agent.Serves(ticket.Group))
            {
                throw new AgentDeskException($"Agent {agentId} does not serve group '{ticket.Group}'; transfer the ticket to a group the agent serves, or add the group to the agent in AgentDesk:Agents.");
            }

            // Compare-and-set on the version just read: a racing claim (or any other change) makes this null; read again.
            if (await handoff.AssignAsync(ticket, agent, notifyResident: true, DeskEventKind.TicketAssigned, cancellationToken) is { } claimed)
            {
                return new ClaimResult(ClaimOutcome.Claimed, claimed);
            }
        }

        throw new AgentDeskException($"Ticket {ticketId} kept changing during {ClaimAttempts} attempts to claim it; try again.");
    }

    public async Task ReplyAsync(string ticketId, string agentId, AgentReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (string.IsNullOrWhiteSpace(reply.Text) && string.IsNullOrWhiteSpace(reply.ImageUrl))
        {
            throw new AgentDeskException("A reply needs a text or an image URL; write something or attach an image.");
        }

        var agent = await RequireAgentAsync(agentId, cancellationToken);
        var ticket = await RequireHeldAsync(ticketId, agentId, cancellationToken);
        var now = clock.GetUtcNow();
        await messenger.SendAsync(ticket.Address, ResidentMessage.FromAgent(reply, agent.DisplayName), $"{ticket.Id}-agent-{Guid.CreateVersion7(now):N}", cancellationToken);
        await clocks.AnswerAgentAsync(ticket.ConversationId, agentId, now, cancellationToken);
        await handoff.TouchAgentAsync(ticket.Id, agentId, cancellationToken);
        events.Publish(new DeskEvent(DeskEventKind.AgentReplied, now, ticket.Id, agentId, ticket.Group));
    }

    public async Task<HandoffTicket> TransferAsync(string ticketId, string agentId, TransferTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        await RequireAgentAsync(agentId, cancellationToken);
        var held = await RequireHeldAsync(ticketId, agentId, cancellationToken);
        var now = clock.GetUtcNow();
        HandoffTicket? moved;
        if (target.AgentId is { } toAgentId)
        {
            var toAgent = await RequireAgentAsync(toAgentId, cancellationToken);
            var group = target.Group ?? (toAgent.Serves(held.Group) ? held.Group : toAgent.Groups[0]);
            moved = await handoff.UpdateAsync(
                ticketId,
                t => t.Status == TicketStatus.Assigned && t.AgentId == agentId
                    ? t with { AgentId = toAgent.Id, Group = group, AssignedAt = now, LastAgentActivityAt = now }
                    : null,
                cancellationToken);
            if (moved?.AgentId != toAgent.Id)
            {
                throw new AgentDeskException($"Ticket {ticketId} changed while it was being transferred; reload it and try again.");
            }

            await handoff.TouchAgentAsync(ticketId, toAgent.Id, cancellationToken);
            await messenger.SendAsync(moved.Address, ResidentMessage.Of(ResidentNotice.Transferred, toAgent.DisplayName), $"{moved.Id}-v{moved.Version}-transferred", cancellationToken);
        }
        else
        {
            var group = target.Group ?? throw new AgentDeskException("A transfer names an agent or a group; neither was given.");
            if (!AgentGroups.All.Contains(group, StringComparer.Ordinal) && !options.Agents.Any(a => a.Groups.Contains(group, StringComparer.Ordinal)))
            {
                throw new AgentDeskException($"Group '{group}' is unknown; use one of {string.Join(", ", AgentGroups.All)} or a group an agent serves.");
            }

            moved = await handoff.UpdateAsync(
                ticketId,
                t => t.Status == TicketStatus.Assigned && t.AgentId == agentId
                    ? t with { Status = TicketStatus.Waiting, AgentId = null, Group = group, AssignedAt = null, LastAgentActivityAt = null }
                    : null,
                cancellationToken);
            if (moved is not { Status: TicketStatus.Waiting })
            {
                throw new AgentDeskException($"Ticket {ticketId} changed while it was being transferred; reload it and try again.");
            }

            await messenger.SendAsync(
                moved.Address, ResidentMessage.Of(ResidentNotice.Transferred, queue: await handoff.PositionOfAsync(moved, cancellationToken)), $"{moved.Id}-v{moved.Version}-transferred", cancellationToken);
        }

        events.Publish(new DeskEvent(DeskEventKind.TicketTransferred, now, moved.Id, moved.AgentId, moved.Group));
        await handoff.DrainQueueAsync(cancellationToken);
        return await store.GetTicketAsync(ticketId, cancellationToken) ?? moved;
    }

    public async Task<HandoffTicket> CloseAsync(string ticketId, string agentId, CancellationToken cancellationToken)
    {
        var agent = await RequireAgentAsync(agentId, cancellationToken);
        var ticket = await store.GetTicketAsync(ticketId, cancellationToken)
            ?? throw new AgentDeskException($"Ticket {ticketId} does not exist; reload the list.");
        if (!CanClose(ticket, agent))
        {
            throw new AgentDeskException($"Agent {agentId} cannot close ticket {ticketId}: it is held by {ticket.AgentId ?? "nobody"} in group '{ticket.Group}'.");
        }

        return await handoff.CloseAsync(ticketId, TicketCloseReason.AgentClosed, t => CanClose(t, agent), cancellationToken)
            ?? await store.GetTicketAsync(ticketId, cancellationToken)
            ?? ticket;
    }

    public async Task<IReadOnlyList<MissedMessage>> ListMissedAsync(string agentId, CancellationToken cancellationToken)
    {
        var agent = await RequireAgentAsync(agentId, cancellationToken);
        var open = (await store.ListOpenTicketsAsync(cancellationToken)).ToDictionary(t => t.Id, StringComparer.Ordinal);
        return [.. (await clocks.ListAwaitingAgentAsync(cancellationToken))
            .Where(c => c.Unattended && open.TryGetValue(c.TicketId!, out var ticket) && ReplyGuarantee.IsFor(ticket, agent))
            .Select(c => new MissedMessage(c, open[c.TicketId!]))];
    }

    public async Task<SupervisorSnapshot> GetSupervisorSnapshotAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = await store.ListOpenTicketsAsync(cancellationToken);
        var roster = await handoff.RosterAsync(cancellationToken);
        var holding = AgentRouter.HoldingOf(open);
        var groups = AgentGroups.All
            .Concat(roster.SelectMany(agent => agent.Groups))
            .Concat(open.Select(t => t.Group))
            .Distinct(StringComparer.Ordinal);
        var queues = groups
            .Select(group => new GroupQueueStatus(
                group,
                open.Count(t => t.Group == group && t.Status == TicketStatus.Waiting),
                open.Count(t => t.Group == group && t.Status == TicketStatus.Assigned),
                open.Where(t => t.Group == group && t.Status == TicketStatus.Waiting).Select(t => (DateTimeOffset?)t.CreatedAt).Min(),
                roster.Count(agent => agent.IsAttending && agent.Serves(group))))
            .ToList();
        var agents = roster.Select(agent => new AgentLoad(agent, AgentRouter.Holding(holding, agent))).ToList();

        var dayStart = ChinaTime.StartOf(ChinaTime.DateOf(now));
        var today = await clocks.ListStartedAsync(dayStart, now.AddTicks(1), cancellationToken);
        var awaitingAgent = await clocks.ListAwaitingAgentAsync(cancellationToken);
        var breaches = today.Where(c => c.ResidentAnsweredAt is null && c.DueAt <= now)
            .Concat(awaitingAgent.Where(c => c.DueAt <= now && open.Any(t => t.Id == c.TicketId)))
            .DistinctBy(c => c.Id)
            .OrderBy(c => c.StartedAt)
            .ToList();
        return new SupervisorSnapshot(now, queues, agents, breaches, ReplyMetricsCalculator.Compute(today, dayStart, now, now))
        {
            Emergencies = await EmergencyItemsAsync(open, cancellationToken),
        };
    }

    public async Task<ReplyMetrics> GetReplyMetricsAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
        ReplyMetricsCalculator.Compute(await clocks.ListStartedAsync(since, until, cancellationToken), since, until, clock.GetUtcNow());

    /// <summary>
    /// Open emergency conversations, and emergency orders whose resident nobody has contacted yet (issue 11: an
    /// emergency is put in front of people; the board shows it in red until someone has reached the resident).
    /// </summary>
    private async Task<IReadOnlyList<EmergencyItem>> EmergencyItemsAsync(IReadOnlyList<HandoffTicket> open, CancellationToken cancellationToken)
    {
        var items = open
            .Where(t => t.Trigger == HandoffTrigger.Emergency)
            .Select(t => new EmergencyItem(EmergencyItemKind.Conversation, t.Id, t.CreatedAt, t.ChannelId, Camel(t.Status.ToString()), t.AgentId))
            .ToList();
        foreach (var status in new[] { WorkOrderStatus.Received, WorkOrderStatus.Accepted, WorkOrderStatus.Dispatched })
        {
            items.AddRange((await workOrders.ListByStatusAsync(status, cancellationToken))
                .Where(o => o.Priority == WorkOrderPriority.Emergency)
                .Select(o => new EmergencyItem(
                    EmergencyItemKind.Order, o.Number, o.ReceivedAt, o.Content.Length > 60 ? o.Content[..60] + "…" : o.Content, Camel(status.ToString()), o.HandlerId)));
        }

        return [.. items.OrderBy(i => i.Since)];
    }

    private static string Camel(string name) => string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);

    /// <summary>
    /// A signed-out agent's conversations go back to their queues (and to another online agent with room), so they do
    /// not wait for the silence handback with nobody there.
    /// </summary>
    private async Task ReleaseHeldAsync(AgentRosterEntry agent, CancellationToken cancellationToken)
    {
        var released = 0;
        foreach (var held in (await store.ListOpenTicketsAsync(cancellationToken)).Where(t => t.Status == TicketStatus.Assigned && t.AgentId == agent.Id))
        {
            var requeued = await handoff.UpdateAsync(
                held.Id,
                t => t.Status == TicketStatus.Assigned && t.AgentId == agent.Id
                    ? t with { Status = TicketStatus.Waiting, AgentId = null, AssignedAt = null, LastAgentActivityAt = null }
                    : null,
                cancellationToken);
            if (requeued is { Status: TicketStatus.Waiting })
            {
                events.Publish(new DeskEvent(DeskEventKind.TicketTransferred, clock.GetUtcNow(), requeued.Id, Group: requeued.Group));
                released++;
            }
        }

        if (released > 0)
        {
            await handoff.DrainQueueAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The LLM summary, asked again only when the transcript grew: consoles re-read a ticket on every change, and a
    /// model call per read would be slow and costly.
    /// </summary>
    private async Task<string?> SummaryAsync(string ticketId, IReadOnlyList<ConversationLine> transcript, CancellationToken cancellationToken)
    {
        var upTo = transcript.Count == 0 ? 0 : transcript[^1].Sequence;
        if (_summaries.TryGetValue(ticketId, out var cached) && cached.UpTo == upTo)
        {
            return cached.Summary;
        }

        var summary = await summaries.SummarizeAsync(transcript, cancellationToken);
        if (summary is not null)
        {
            if (_summaries.Count >= MaxCachedSummaries)
            {
                _summaries.Clear();
            }

            _summaries[ticketId] = (upTo, summary);
        }

        return summary;
    }

    private static bool CanClose(HandoffTicket ticket, AgentRosterEntry agent) =>
        ticket.Status == TicketStatus.Assigned ? ticket.AgentId == agent.Id : ticket.IsOpen && agent.Serves(ticket.Group);

    private async Task<AgentRosterEntry> RequireAgentAsync(string agentId, CancellationToken cancellationToken) =>
        await GetAgentAsync(agentId, cancellationToken)
        ?? throw new AgentDeskException($"Agent '{agentId}' is not on the roster; add it to AgentDesk:Agents and restart the gateway.");

    private async Task<HandoffTicket> RequireHeldAsync(string ticketId, string agentId, CancellationToken cancellationToken)
    {
        var ticket = await store.GetTicketAsync(ticketId, cancellationToken)
            ?? throw new AgentDeskException($"Ticket {ticketId} does not exist; reload the list.");
        return ticket.Status == TicketStatus.Assigned && ticket.AgentId == agentId
            ? ticket
            : throw new AgentDeskException($"Agent {agentId} does not hold ticket {ticketId} (it is {ticket.Status}, held by {ticket.AgentId ?? "nobody"}); claim it first.");
    }

    private async Task<Dictionary<string, List<ReplyClock>>> AwaitingByTicketAsync(CancellationToken cancellationToken) =>
        (await clocks.ListAwaitingAgentAsync(cancellationToken))
            .GroupBy(c => c.TicketId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    private DeskTicket ToDeskTicket(
        HandoffTicket ticket, IReadOnlyList<HandoffTicket> open, IReadOnlyList<AgentRosterEntry> roster, Dictionary<string, List<ReplyClock>> awaiting)
    {
        var waiting = awaiting.GetValueOrDefault(ticket.Id) ?? [];
        return new DeskTicket(ticket, QueueMath.PositionOf(ticket, open, roster, options.AverageHandlingTime), waiting.FirstOrDefault(), waiting.Count);
    }

    private async Task<IReadOnlyList<WorkOrder>> OpenOrdersAsync(string residentId, IReadOnlyList<BoundAccount> accounts, CancellationToken cancellationToken)
    {
        var orders = new List<WorkOrder>();
        foreach (var id in accounts.Select(a => a.AccountNumber).Prepend(residentId).Distinct(StringComparer.Ordinal))
        {
            orders.AddRange(await workOrders.ListByResidentAsync(id, cancellationToken));
        }

        return [.. orders.Where(o => o.Status != WorkOrderStatus.Closed).DistinctBy(o => o.Number).OrderBy(o => o.ReceivedAt)];
    }
}
