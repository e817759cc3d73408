using OnlineService.Conversation.State;
using OnlineService.Conversation.Turns;
using OnlineService.Dialogs.Content;

namespace OnlineService.Dialogs;

/// <summary>
/// When the bot fails on a message, apologise with a way forward, and forget the dialog in progress so that the
/// resident's next message starts cleanly rather than failing the same way again.
/// </summary>
public sealed class DialogTurnErrorHandler(TextCatalog catalog, ConversationState conversationState) : ITurnErrorHandler
{
    public async Task OnTurnErrorAsync(ITurnContext turn, Exception exception, CancellationToken cancellationToken = default)
    {
        conversationState.Clear(turn);
        await turn.SendTextAsync(catalog.Render(catalog.Texts.Common.Error), cancellationToken: cancellationToken);
    }
}
