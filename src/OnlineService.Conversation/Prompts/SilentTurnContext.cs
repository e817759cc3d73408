using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.Prompts;

/// <summary>
/// The turn as a validator sees it while a prompt is only probed: validators may explain themselves ("请多写几个字"),
/// and a probe must not say anything.
/// </summary>
internal sealed class SilentTurnContext(ITurnContext inner) : ITurnContext
{
    public Activity Activity => inner.Activity;

    public DateTimeOffset Now => inner.Now;

    public TimeProvider Clock => inner.Clock;

    public bool Responded => inner.Responded;

    public TurnValues Values => inner.Values;

    public IServiceProvider Services => inner.Services;

    public Task SendAsync(Activity activity, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
