namespace OnlineService.Conversation.Activities;

/// <summary>A card with a title, text, an optional image and buttons (Bot Framework hero card).</summary>
public sealed record HeroCard
{
    public const string ContentType = "application/vnd.microsoft.card.hero";

    public string? Title { get; init; }

    public string? Subtitle { get; init; }

    public string? Text { get; init; }

    public IList<CardImage>? Images { get; init; }

    public IList<CardAction>? Buttons { get; init; }
}

public sealed record CardImage(string Url, string? Alt = null);
