using System.Collections.Concurrent;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;

namespace OnlineService.Gateway.Tests.Hosting;

/// <summary>A channel for pipeline tests: records what the outbox delivers, and can be told to fail first.</summary>
public sealed class RecordingChannelSender : IChannelSender, IDisposable
{
    public const string Channel = "test";

    private readonly ConcurrentQueue<Activity> _delivered = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _failuresLeft;

    public string ChannelId => Channel;

    public void Dispose() => _arrived.Dispose();

    public IReadOnlyCollection<Activity> Delivered => _delivered;

    public int Attempts { get; private set; }

    /// <summary>The next <paramref name="count"/> deliveries fail as a network error would.</summary>
    public void FailNext(int count) => _failuresLeft = count;

    public Task<DeliveryResult> SendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        Attempts++;
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            return Task.FromResult(DeliveryResult.RetryLater("simulated network error", TimeSpan.FromMilliseconds(50)));
        }

        _delivered.Enqueue(activity);
        _arrived.Release();
        return Task.FromResult(DeliveryResult.Delivered);
    }

    /// <summary>Waits until <paramref name="count"/> activities were delivered in all (real time, bounded).</summary>
    public async Task<IReadOnlyList<Activity>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (_delivered.Count < count)
        {
            await _arrived.WaitAsync(deadline.Token);
        }

        return [.. _delivered];
    }
}
