using OnlineService.Conversation.Messaging;

namespace OnlineService.Gateway.Outbox;

/// <summary>The registered channel senders by channel id.</summary>
public sealed class ChannelSenders(IEnumerable<IChannelSender> senders)
{
    private readonly Dictionary<string, IChannelSender> _byChannel = senders.ToDictionary(s => s.ChannelId, StringComparer.Ordinal);

    public IChannelSender? Find(string channelId) => _byChannel.GetValueOrDefault(channelId);

    /// <summary>
    /// The longest <see cref="IChannelSender.HoldBeforeDispatch"/>: a reply queued now is due within it, so the
    /// dispatcher looks again then instead of polling for it.
    /// </summary>
    public TimeSpan LongestHold => _byChannel.Values.Select(s => s.HoldBeforeDispatch).DefaultIfEmpty(TimeSpan.Zero).Max();
}
