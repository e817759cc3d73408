using OnlineService.Conversation.Messaging;

namespace OnlineService.Gateway.Outbox;

/// <summary>The registered channel senders by channel id.</summary>
public sealed class ChannelSenders(IEnumerable<IChannelSender> senders)
{
    private readonly Dictionary<string, IChannelSender> _byChannel = senders.ToDictionary(s => s.ChannelId, StringComparer.Ordinal);

    public IChannelSender? Find(string channelId) => _byChannel.GetValueOrDefault(channelId);
}
