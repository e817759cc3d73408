using OnlineService.Conversation.Dialogs;

namespace OnlineService.Dialogs;

/// <summary>
/// A dialog for one service of the main menu (repair, billing…). Registered in DI, it is found by the main menu
/// through <see cref="MenuIds"/> and by understanding through <see cref="Intents"/>.
/// </summary>
public abstract class ServiceDialog(string id) : ComponentDialog(id)
{
    /// <summary>The ids of the main-menu items (content/texts) that start this dialog.</summary>
    public abstract IReadOnlyCollection<string> MenuIds { get; }

    /// <summary>The intent ids (shared/intents.md) that start this dialog.</summary>
    public virtual IReadOnlyCollection<string> Intents => [];

    /// <summary>True when the dialog applies <see cref="FormCommand"/>s (back one step, corrections) itself.</summary>
    public virtual bool Navigates => false;

    /// <summary>What residents read as the name of the task in progress ("报修：暖气不热"), for "keep or switch".</summary>
    public virtual string? Title(Content.TextCatalog catalog) =>
        Intents.FirstOrDefault() is { } intent && catalog.Texts.Understanding.IntentTitles.TryGetValue(intent, out var title) ? title : null;
}
