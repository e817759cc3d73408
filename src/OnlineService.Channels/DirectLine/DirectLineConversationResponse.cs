using System.Text.Json.Serialization;

namespace OnlineService.Channels.DirectLine;

/// <summary>The <c>Conversation</c> object of start, reconnect and token calls.</summary>
public sealed record DirectLineConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string? Token,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn,
    [property: JsonPropertyName("streamUrl"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StreamUrl);
