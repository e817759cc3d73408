using Microsoft.Extensions.Logging;
using OnlineService.Conversation.Turns;
using OnlineService.Dialogs.Content;

namespace OnlineService.Dialogs.Handoff;

/// <summary>
/// The handoff used while no online agent desk is configured: it says so plainly and gives the hotline,
/// instead of pretending that someone will answer in chat (SPEC §7: never an unclear answer).
/// </summary>
public sealed class HotlineHandoff(TextCatalog catalog, ILogger<HotlineHandoff> logger) : IHumanHandoff
{
    public async Task<bool> RequestAsync(ITurnContext turn, HandoffReason reason, CancellationToken cancellationToken = default)
    {
        logger.LogInformation("Conversation {ConversationId} asked for a human ({Reason}); no agent desk is configured.",
            turn.Activity.Conversation?.Id, reason);
        if (reason != HandoffReason.Emergency)
        {
            // The emergency dialog has already given the hotline and the order number.
            await turn.SendTextAsync(catalog.Render(catalog.Texts.Handoff.Unavailable), cancellationToken: cancellationToken);
        }

        return false;
    }
}
