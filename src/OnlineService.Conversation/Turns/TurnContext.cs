using OnlineService.Conversation.Activities;

namespace OnlineService.Conversation.Turns;

/// <summary>The turn context of one incoming activity; its sent activities are collected in <see cref="Outgoing"/>.</summary>
public sealed class TurnContext : ITurnContext
{
    private readonly List<Activity> _outgoing = [];

    public TurnContext(Activity activity, TimeProvider clock, IServiceProvider services)
    {
        Activity = activity;
        Clock = clock;
        Services = services;
        Now = clock.GetUtcNow();
    }

    public Activity Activity { get; }

    public DateTimeOffset Now { get; }

    public TimeProvider Clock { get; }

    public IServiceProvider Services { get; }

    public TurnValues Values { get; } = new();

    public bool Responded => _outgoing.Exists(a => a.Type == ActivityTypes.Message);

    /// <summary>What the turn sent, in order.</summary>
    public IReadOnlyList<Activity> Outgoing => _outgoing;

    public Task SendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var reply = Activity.CreateReply();
        activity.ChannelId ??= reply.ChannelId;
        activity.ServiceUrl ??= reply.ServiceUrl;
        activity.Conversation ??= reply.Conversation;
        activity.From ??= reply.From;
        activity.Recipient ??= reply.Recipient;
        activity.ReplyToId ??= reply.ReplyToId;
        activity.Locale ??= reply.Locale ?? "zh-CN";
        activity.Timestamp ??= Clock.GetUtcNow();
        _outgoing.Add(activity);
        return Task.CompletedTask;
    }
}
