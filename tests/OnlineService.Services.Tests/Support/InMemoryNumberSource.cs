using OnlineService.Services.WorkOrders;

namespace OnlineService.Services.Tests.Support;

/// <summary>Per-day sequences in memory.</summary>
public sealed class InMemoryNumberSource : IWorkOrderNumberSource
{
    private readonly Lock _gate = new();
    private readonly Dictionary<DateOnly, long> _next = [];

    public Task<long> NextAsync(DateOnly day, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var next = _next.GetValueOrDefault(day) + 1;
            _next[day] = next;
            return Task.FromResult(next);
        }
    }
}
