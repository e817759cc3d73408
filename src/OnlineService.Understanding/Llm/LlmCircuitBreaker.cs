namespace OnlineService.Understanding.Llm;

/// <summary>
/// Stops calling a failing endpoint for a while so residents do not wait for a timeout on every turn.
/// Opens after <c>threshold</c> consecutive failures; after <c>openFor</c> it lets exactly one trial call through.
/// Thread-safe; time comes from the injected <see cref="TimeProvider"/> so tests can advance it.
/// </summary>
internal sealed class LlmCircuitBreaker(int threshold, TimeSpan openFor, TimeProvider timeProvider)
{
    private readonly Lock _lock = new();
    private int _failures;
    private DateTimeOffset? _openUntil;
    private bool _trialInFlight;

    public LlmBreakerState State
    {
        get
        {
            lock (_lock)
            {
                if (_openUntil is not { } until)
                {
                    return LlmBreakerState.Closed;
                }

                return timeProvider.GetUtcNow() < until ? LlmBreakerState.Open : LlmBreakerState.HalfOpen;
            }
        }
    }

    /// <summary>Whether a call may go out now; a granted half-open trial must end in a Record or <see cref="Abandon"/>.</summary>
    public bool TryEnter()
    {
        lock (_lock)
        {
            if (_openUntil is not { } until)
            {
                return true;
            }

            if (timeProvider.GetUtcNow() < until || _trialInFlight)
            {
                return false;
            }

            _trialInFlight = true;
            return true;
        }
    }

    public void RecordSuccess()
    {
        lock (_lock)
        {
            _failures = 0;
            _openUntil = null;
            _trialInFlight = false;
        }
    }

    /// <returns><c>true</c> when this failure opened (or re-opened) the breaker.</returns>
    public bool RecordFailure()
    {
        lock (_lock)
        {
            if (_openUntil is not null)
            {
                // The half-open trial failed (or a call started before opening finished late): cool down again.
                _openUntil = timeProvider.GetUtcNow() + openFor;
                _trialInFlight = false;
                return true;
            }

            _failures++;
            if (_failures < threshold)
            {
                return false;
            }

            _failures = 0;
            _openUntil = timeProvider.GetUtcNow() + openFor;
            return true;
        }
    }

    /// <summary>The caller gave up (its turn was cancelled): says nothing about the endpoint, so free the trial slot.</summary>
    public void Abandon()
    {
        lock (_lock)
        {
            _trialInFlight = false;
        }
    }
}
