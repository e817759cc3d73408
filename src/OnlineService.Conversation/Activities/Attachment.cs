using System.Text.Json;

namespace OnlineService.Conversation.Activities;

/// <summary>
/// A file or a card. Files carry <see cref="ContentUrl"/>; cards carry <see cref="Content"/> with a card content type
/// such as <see cref="HeroCard.ContentType"/>.
/// </summary>
public sealed record Attachment
{
    public required string ContentType { get; init; }

    public string? ContentUrl { get; init; }

    public JsonElement? Content { get; init; }

    public string? Name { get; init; }

    public string? ThumbnailUrl { get; init; }

    public static Attachment FromHeroCard(HeroCard card) => new()
    {
        ContentType = HeroCard.ContentType,
        Content = JsonSerializer.SerializeToElement(card, ActivityJson.Options),
    };
}
