using System.Text.Json;
using System.Text.Json.Serialization;

namespace OnlineService.Conversation.Activities;

/// <summary>
/// One message or event in a conversation, in the Bot Framework activity schema so that it serialises
/// to exactly the JSON the Direct Line clients expect. Channels map their own payloads to and from it.
/// </summary>
public sealed class Activity
{
    public string Type { get; set; } = ActivityTypes.Message;

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? ChannelId { get; set; }

    public string? ServiceUrl { get; set; }

    public ChannelAccount? From { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? Text { get; set; }

    public string? TextFormat { get; set; }

    public string? Locale { get; set; }

    public string? InputHint { get; set; }

    public string? AttachmentLayout { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    public SuggestedActions? SuggestedActions { get; set; }

    public IList<Entity>? Entities { get; set; }

    public JsonElement? ChannelData { get; set; }

    public string? ReplyToId { get; set; }

    public string? Name { get; set; }

    public JsonElement? Value { get; set; }

    /// <summary>For <c>conversationUpdate</c> activities.</summary>
    public IList<ChannelAccount>? MembersAdded { get; set; }

    public bool IsMessage => Type == ActivityTypes.Message;

    /// <summary>Creates a message that answers this activity: sender and recipient swapped, <c>replyToId</c> set.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation,
        From = Recipient,
        Recipient = From,
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
        TextFormat = text is null ? null : TextFormats.Plain,
    };

    public ConversationReference GetConversationReference() => new(
        ChannelId ?? throw new InvalidOperationException("The activity has no channelId."),
        Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id."),
        From ?? throw new InvalidOperationException("The activity has no sender."),
        Recipient,
        ServiceUrl,
        Locale);

    public Activity Clone() => JsonSerializer.Deserialize<Activity>(
        JsonSerializer.Serialize(this, ActivityJson.Options), ActivityJson.Options)!;
}

/// <summary>The serializer options that produce Bot Framework activity JSON (camelCase, nulls omitted).</summary>
public static class ActivityJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Options);

    public static Activity Deserialize(string json) =>
        JsonSerializer.Deserialize<Activity>(json, Options) ?? throw new JsonException("The activity JSON is null.");
}
