using OnlineService.Conversation.Activities;

namespace OnlineService.Conversation.Turns;

/// <summary>
/// Everything one turn needs: the incoming activity, a way to answer, and per-turn services.
/// A turn's answers are buffered and handed to the outbox when the turn completes, so that state and
/// replies are persisted together (ARCHITECTURE.md invariant 1).
/// </summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>The moment the turn started, from the injected <see cref="TimeProvider"/>.</summary>
    DateTimeOffset Now { get; }

    TimeProvider Clock { get; }

    /// <summary>True once anything was sent in this turn.</summary>
    bool Responded { get; }

    /// <summary>Typed per-turn values shared by middleware and dialogs (recognised intent, loaded state…).</summary>
    TurnValues Values { get; }

    /// <summary>Services of the host, for dialogs that need a business service during a turn.</summary>
    IServiceProvider Services { get; }

    /// <summary>Sends an activity to the resident; fills in conversation, sender, recipient and <c>replyToId</c>.</summary>
    Task SendAsync(Activity activity, CancellationToken cancellationToken = default);
}
