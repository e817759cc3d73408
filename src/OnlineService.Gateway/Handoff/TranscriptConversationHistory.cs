using System.Text.Json;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;
using OnlineService.Services.Handoff;

namespace OnlineService.Gateway.Handoff;

/// <summary>The transcript store read as lines an agent reads: who wrote, text, images, time.</summary>
public sealed class TranscriptConversationHistory(ITranscriptStore transcript) : IConversationHistory
{
    private const int PageSize = 500;

    public async Task<IReadOnlyList<ConversationLine>> ReadAsync(string conversationId, int max, CancellationToken cancellationToken)
    {
        var latest = new Queue<TranscriptEntry>();
        long after = 0;
        while (true)
        {
            var page = await transcript.ReadAsync(conversationId, after, PageSize, cancellationToken);
            foreach (var entry in page)
            {
                latest.Enqueue(entry);
                if (latest.Count > max)
                {
                    latest.Dequeue();
                }
            }

            if (page.Count < PageSize)
            {
                break;
            }

            after = page[^1].Sequence;
        }

        return [.. latest.Select(ToLine).OfType<ConversationLine>()];
    }

    private static ConversationLine? ToLine(TranscriptEntry entry)
    {
        var activity = ActivityJson.Deserialize(entry.ActivityJson);
        if (!activity.IsMessage)
        {
            return null;
        }

        var role = activity.From?.Role == "bot"
            ? IsAgent(activity) ? ConversationRole.Agent : ConversationRole.Bot
            : ConversationRole.Resident;
        var attachments = (activity.Attachments ?? [])
            .Where(a => a.ContentUrl is not null)
            .Select(a => new LineAttachment(a.ContentType, a.ContentUrl, a.Name))
            .ToList();
        return new ConversationLine(entry.Sequence, role, activity.From?.Name, activity.Text, attachments, activity.Timestamp ?? entry.RecordedAt);
    }

    private static bool IsAgent(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("handoff", out var marker)
        && marker.ValueKind == JsonValueKind.String
        && marker.GetString() == OutboxResidentMessenger.AgentMarker;
}
