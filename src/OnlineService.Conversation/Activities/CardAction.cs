namespace OnlineService.Conversation.Activities;

/// <summary>A button. <c>imBack</c> posts its value back as the resident's own message.</summary>
public sealed record CardAction(string Type, string Title, string? Value = null)
{
    public static CardAction ImBack(string title, string? value = null) => new(CardActionTypes.ImBack, title, value ?? title);

    public static CardAction OpenUrl(string title, string url) => new(CardActionTypes.OpenUrl, title, url);
}

public static class CardActionTypes
{
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string OpenUrl = "openUrl";
}
