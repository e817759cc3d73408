namespace OnlineService.Dialogs.Main;

/// <summary>The main menu's state between its steps.</summary>
public sealed class MenuState
{
    /// <summary>Whether the resident was greeted in this visit to the menu.</summary>
    public bool Greeted { get; set; }

    /// <summary>
    /// True on the conversation's first message: route what the resident wrote instead of showing the menu first.
    /// Off when the menu comes back after a service, or the same text would be routed again.
    /// </summary>
    public bool RouteFirstMessage { get; set; } = true;

    /// <summary>
    /// An answer just given (e.g. from the FAQ) that waits for the resident's next message in place of the menu,
    /// serialised with <see cref="Conversation.Activities.ActivityJson"/>.
    /// </summary>
    public string? LeadActivity { get; set; }

    /// <summary>The menu item being served, when the resident picked one.</summary>
    public string? MenuId { get; set; }

    /// <summary>An intent to serve as soon as the menu begins (chosen in a clarification, a switch, a queued second request).</summary>
    public string? StartIntent { get; set; }

    /// <summary>A further request from the same message, served when the current one is done.</summary>
    public string? QueuedIntent { get; set; }

    /// <summary>Messages in a row the bot could not understand; at two it hands over to a human.</summary>
    public int NotUnderstoodInARow { get; set; }
}
