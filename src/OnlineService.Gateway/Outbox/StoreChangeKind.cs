namespace OnlineService.Gateway.Outbox;

public enum StoreChangeKind
{
    /// <summary>A reply was queued in the outbox.</summary>
    OutboxQueued,

    /// <summary>An activity was appended to the conversation's transcript (e.g. delivered on Direct Line).</summary>
    TranscriptAppended,
}
