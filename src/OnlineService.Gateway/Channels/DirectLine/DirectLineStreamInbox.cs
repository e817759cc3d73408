using System.Threading.Channels;

namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>What one open stream has to do next: read the transcript (a wake-up) or send an ephemeral set.</summary>
public sealed class DirectLineStreamInbox
{
    private readonly Channel<string?> _items = Channel.CreateBounded<string?>(new BoundedChannelOptions(256)
    {
        SingleReader = true,
        // A stream that cannot keep up loses ephemeral typing sets, never transcript activities (those are re-read).
        FullMode = BoundedChannelFullMode.DropOldest,
    });

    public ChannelReader<string?> Reader => _items.Reader;

    public void Wake() => _items.Writer.TryWrite(null);

    public void Push(string activitySetJson) => _items.Writer.TryWrite(activitySetJson);
}
