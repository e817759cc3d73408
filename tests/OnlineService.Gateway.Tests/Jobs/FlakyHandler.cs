using OnlineService.Services.Scheduling;

namespace OnlineService.Gateway.Tests.Jobs;

/// <summary>A handler of <c>test.flaky</c> that fails its first <see cref="Failures"/> calls, then records each item it handles.</summary>
public sealed class FlakyHandler : IDueItemHandler
{
    public const string Kind = "test.flaky";

    private int _calls;

    public int Failures { get; init; } = 1;

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public List<string> Handled { get; } = [];

    public int Calls => _calls;

    public Task HandleAsync(DueItem item, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _calls) <= Failures)
        {
            throw new InvalidOperationException("The test handler fails on purpose.");
        }

        lock (Handled)
        {
            Handled.Add(item.Id);
        }

        return Task.CompletedTask;
    }
}
