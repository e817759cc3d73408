namespace OnlineService.Understanding.Llm;

/// <summary>The state of the circuit breaker in front of the LLM endpoint.</summary>
internal enum LlmBreakerState
{
    /// <summary>Calls go through.</summary>
    Closed,

    /// <summary>Too many failures: calls are skipped until the cool-down ends.</summary>
    Open,

    /// <summary>The cool-down ended: one trial call decides whether the breaker closes or opens again.</summary>
    HalfOpen,
}
