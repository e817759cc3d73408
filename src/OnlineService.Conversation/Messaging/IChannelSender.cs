using OnlineService.Conversation.Activities;

namespace OnlineService.Conversation.Messaging;

/// <summary>Delivers outbox activities on one channel (WeChat customer-service API, Direct Line stream…).</summary>
public interface IChannelSender
{
    /// <summary>The <see cref="Activity.ChannelId"/> this sender serves.</summary>
    string ChannelId { get; }

    /// <summary>
    /// How long a new reply waits before the dispatcher may send it. WeChat uses this to answer inside the webhook's
    /// passive reply first; zero elsewhere.
    /// </summary>
    TimeSpan HoldBeforeDispatch => TimeSpan.Zero;

    /// <summary>True when delivery itself writes the activity to the transcript (Direct Line); otherwise the dispatcher does.</summary>
    bool RecordsTranscript => false;

    Task<DeliveryResult> SendAsync(Activity activity, CancellationToken cancellationToken = default);
}
