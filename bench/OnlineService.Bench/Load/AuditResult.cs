namespace OnlineService.Bench.Load;

/// <summary>The store's account of the acknowledged pushes. Correct means every "lost"/"duplicated" count is 0.</summary>
public sealed class AuditResult
{
    public int Acknowledged { get; init; }

    /// <summary>Acknowledged, yet no inbound message holds the MsgId.</summary>
    public int Lost { get; set; }

    /// <summary>More than one inbound message (so more than one turn) for one MsgId.</summary>
    public int DuplicatedTurns { get; set; }

    /// <summary>Stored but its turn never completed (after the drain).</summary>
    public int Unfinished { get; set; }

    /// <summary>A completed turn with no reply in the outbox (every FAQ text has an answer).</summary>
    public int TurnsWithoutReply { get; set; }

    public long RepliesDelivered { get; set; }

    public long RepliesPending { get; set; }

    public long RepliesFailed { get; set; }

    /// <summary>Activities recorded twice in one conversation's transcript (a reply delivered twice).</summary>
    public long DuplicatedTranscriptActivities { get; set; }

    /// <summary>Up to five of those, as <c>conversation / activity id</c>, to look them up.</summary>
    public List<string> DuplicatedExamples { get; } = [];

    public bool IsCorrect => Lost == 0 && DuplicatedTurns == 0 && Unfinished == 0 && TurnsWithoutReply == 0 && RepliesFailed == 0 && DuplicatedTranscriptActivities == 0;

    public override string ToString() =>
        $"acknowledged {Acknowledged}: lost {Lost}, duplicated turns {DuplicatedTurns}, unfinished {Unfinished}, turns without reply {TurnsWithoutReply}; " +
        $"replies delivered {RepliesDelivered}, pending {RepliesPending}, failed {RepliesFailed}; duplicated transcript activities {DuplicatedTranscriptActivities}";
}
