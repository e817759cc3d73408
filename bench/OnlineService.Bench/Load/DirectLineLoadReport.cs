namespace OnlineService.Bench.Load;

/// <summary>What <c>directline-load</c> measured. Correct: every conversation got its reply exactly once.</summary>
/// <param name="IdleStreamReads">Store reads by the Direct Line streams while every socket was idle (null: the gateway has no diagnostics).</param>
public sealed record DirectLineLoadReport(string Table, int Conversations, int MissingReplies, int DuplicatedActivities, long? IdleStoreReads, long? IdleStreamReads)
{
    public bool IsCorrect => MissingReplies == 0 && DuplicatedActivities == 0;
}
