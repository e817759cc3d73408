namespace OnlineService.Bench.Load;

/// <summary>What came back for one push.</summary>
public enum PushOutcome
{
    /// <summary>200 with a passive reply (XML): the resident sees the answer in the same exchange.</summary>
    Passive,

    /// <summary>200 <c>success</c>: stored; the reply goes out as a customer-service message.</summary>
    Success,

    /// <summary>Any other status, or no answer: WeChat would retry; not counted as acknowledged.</summary>
    Failed,
}
