using OnlineService.Services.Scheduling;

namespace OnlineService.Services.Handoff;

/// <summary>
/// The 10-minute reply guarantee (T/CDHA 10.2.1.1, ARCHITECTURE invariant 5). Every resident message starts a clock
/// and schedules a guard due item <see cref="AgentDeskOptions.BusyResponseAfter"/> later; the first answer stops the
/// resident's clock. The bot answers at once; in people's hands, the guard sends the busy (or, outside the service
/// hours, the off-hours) auto-response when nobody has answered, which answers the resident but leaves the agent's
/// own first-response clock running until an agent writes. Clocks and guards are rows in the store, so a restart
/// or a second replica loses none.
/// </summary>
public sealed class ReplyGuarantee(
    IHandoffStore store,
    IReplyClockStore clocks,
    IDueItemStore dueItems,
    IResidentMessenger messenger,
    IAgentDeskEvents events,
    HandoffService handoff,
    AgentDeskOptions options,
    TimeProvider clock)
{
    private const int PreviewLength = 60;

    /// <summary>
    /// Starts the clock of a message (idempotent by message id) and schedules its guard. <paramref name="ticket"/> is
    /// the conversation's open ticket when people hold it; the message is then marked unattended when no agent could
    /// answer it (T/CDHA 11.6.1).
    /// </summary>
    public async Task<ReplyClock> StartAsync(ResidentMessageArrival arrival, HandoffTicket? ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arrival);
        var unattended = ticket is not null && !await CanBeAnsweredAsync(ticket, cancellationToken);
        var started = await clocks.StartAsync(
            new ReplyClock
            {
                Id = arrival.MessageId,
                ConversationId = arrival.Address.ConversationId,
                ChannelId = arrival.Address.ChannelId,
                ResidentId = arrival.Address.ResidentId,
                BotId = arrival.Address.BotId,
                StartedAt = arrival.ReceivedAt,
                DueAt = arrival.ReceivedAt + options.ReplyLimit,
                TicketId = ticket?.Id,
                Group = ticket?.Group,
                AgentId = ticket?.AgentId,
                Unattended = unattended,
                Preview = arrival.Text is { Length: > PreviewLength } text ? text[..PreviewLength] : arrival.Text,
            },
            cancellationToken);
        await dueItems.ScheduleAsync(
            HandoffDueItems.ReplyGuardId(started.Id),
            HandoffDueItems.ReplyGuardKind,
            started.StartedAt + options.BusyResponseAfter,
            HandoffDueItems.ReplyGuardPayload(started.Id),
            cancellationToken);
        return started;
    }

    /// <summary>The bot answered the conversation's waiting messages.</summary>
    public Task AnsweredByBotAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken) =>
        clocks.AnswerResidentAsync(conversationId, at, ReplySource.Bot, cancellationToken);

    /// <summary>
    /// A message reached people: records it on the ticket, tells the consoles, and outside the service hours answers
    /// at once with the off-hours auto-response (the agent's own clock keeps running).
    /// </summary>
    public async Task<ReplyClock> OnHeldMessageAsync(ResidentMessageArrival arrival, HandoffTicket ticket, CancellationToken cancellationToken)
    {
        var started = await StartAsync(arrival, ticket, cancellationToken);
        await handoff.TouchResidentAsync(ticket.Id, arrival.ReceivedAt, cancellationToken);
        var now = clock.GetUtcNow();
        events.Publish(new DeskEvent(DeskEventKind.ResidentMessage, now, ticket.Id, ticket.AgentId, ticket.Group));
        if (!options.IsServiceTime(now) && started.ResidentAnsweredAt is null)
        {
            await AutoRespondAsync(started, ticket, ResidentNotice.OffHours, cancellationToken);
        }

        return started;
    }

    /// <summary>
    /// Fired by the guard: if nobody has answered the message, sends the busy or off-hours auto-response (people hold
    /// it) or the delayed notice (the bot failed to answer), and stops the resident's clock.
    /// </summary>
    public async Task HandleGuardAsync(string clockId, CancellationToken cancellationToken)
    {
        var started = await clocks.GetAsync(clockId, cancellationToken);
        if (started is null || started.ResidentAnsweredAt is not null)
        {
            return;
        }

        var ticket = started.TicketId is null
            ? await store.FindOpenTicketAsync(started.ConversationId, cancellationToken)
            : await store.GetTicketAsync(started.TicketId, cancellationToken);
        var notice = ticket is not { IsOpen: true } ? ResidentNotice.Delayed
            : options.IsServiceTime(clock.GetUtcNow()) ? ResidentNotice.Busy
            : ResidentNotice.OffHours;
        await AutoRespondAsync(started, ticket is { IsOpen: true } ? ticket : null, notice, cancellationToken);
    }

    /// <summary>
    /// An agent is back (T/CDHA 11.6.1): every open conversation of the agent's groups with messages that arrived while
    /// nobody could answer gets an apology now; the messages stay listed until an agent answers them.
    /// </summary>
    public async Task<int> ApologizeForMissedAsync(AgentRosterEntry agent, CancellationToken cancellationToken)
    {
        var apologized = 0;
        var missed = (await clocks.ListAwaitingAgentAsync(cancellationToken))
            .Where(c => c.Unattended)
            .GroupBy(c => c.TicketId!, StringComparer.Ordinal);
        foreach (var byTicket in missed)
        {
            var ticket = await store.GetTicketAsync(byTicket.Key, cancellationToken);
            if (ticket is null || !IsFor(ticket, agent))
            {
                continue;
            }

            // Keyed by the oldest missed message: another agent coming back, or the same one again, sends no second apology.
            var oldest = byTicket.First();
            await messenger.SendAsync(ticket.Address, ResidentMessage.Of(ResidentNotice.Apology), $"{oldest.Id}-apology", cancellationToken);
            await clocks.AnswerResidentAsync(ticket.ConversationId, clock.GetUtcNow(), ReplySource.AutoResponse, cancellationToken);
            events.Publish(new DeskEvent(DeskEventKind.AutoResponse, clock.GetUtcNow(), ticket.Id, agent.Id, ticket.Group));
            apologized++;
        }

        return apologized;
    }

    /// <summary>Whether the agent can answer the open ticket: it waits in one of the agent's groups, or the agent holds it.</summary>
    public static bool IsFor(HandoffTicket ticket, AgentRosterEntry agent) => ticket.Status switch
    {
        TicketStatus.Waiting => agent.Serves(ticket.Group),
        TicketStatus.Assigned => ticket.AgentId == agent.Id,
        _ => false,
    };

    private async Task AutoRespondAsync(ReplyClock started, HandoffTicket? ticket, ResidentNotice notice, CancellationToken cancellationToken)
    {
        var queue = ticket is null ? null : await handoff.PositionOfAsync(ticket, cancellationToken);
        await messenger.SendAsync(started.Address, ResidentMessage.Of(notice, queue: queue), $"{started.Id}-auto", cancellationToken);
        var now = clock.GetUtcNow();
        await clocks.AnswerResidentAsync(started.ConversationId, now, ReplySource.AutoResponse, cancellationToken);
        events.Publish(new DeskEvent(DeskEventKind.AutoResponse, now, ticket?.Id, ticket?.AgentId, ticket?.Group));
    }

    /// <summary>Whether an agent could answer now: the holder is online or busy, or (waiting) someone of the group is.</summary>
    private async Task<bool> CanBeAnsweredAsync(HandoffTicket ticket, CancellationToken cancellationToken)
    {
        var roster = await handoff.RosterAsync(cancellationToken);
        return ticket.Status == TicketStatus.Assigned
            ? roster.Any(agent => agent.Id == ticket.AgentId && agent.IsAttending)
            : roster.Any(agent => agent.IsAttending && agent.Serves(ticket.Group));
    }
}
