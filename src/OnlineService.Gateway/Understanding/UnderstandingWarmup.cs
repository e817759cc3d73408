using OnlineService.Understanding.Intents;

namespace OnlineService.Gateway.Understanding;

/// <summary>
/// Trains the offline intent model while the gateway starts, so the first resident message does not pay for it
/// (it takes up to a couple of seconds on a small machine, and WeChat waits only 5 s for a passive reply).
/// </summary>
public sealed class UnderstandingWarmup(IntentRecognizer recognizer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recognizer.Recognize("你好");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
