namespace OnlineService.Bench.Load;

/// <summary>What <c>directline-load</c> measured. Correct: every conversation got its reply exactly once.</summary>
public sealed record DirectLineLoadReport(string Table, int Conversations, int MissingReplies, int DuplicatedActivities, long? IdleStoreReads)
{
    public bool IsCorrect => MissingReplies == 0 && DuplicatedActivities == 0;
}
