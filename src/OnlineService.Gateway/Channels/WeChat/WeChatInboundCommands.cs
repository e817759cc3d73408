using System.Text.Json;
using Microsoft.Extensions.Options;
using OnlineService.Channels.WeChat;
using OnlineService.Conversation.Activities;
using OnlineService.Dialogs.Accounts;
using OnlineService.Dialogs.Content;
using OnlineService.Gateway.Channels.WeChat.Binding;
using OnlineService.Understanding.Intents;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>
/// Turns the WeChat events that ask for something into what the resident asked, before the turn runs:
/// a menu <c>CLICK</c> with a configured key becomes the resident writing that menu item's (or intent's) title, as
/// tapping a button does in web chat; following or scanning a binding QR code becomes "绑定户号" with the invited
/// account in the message's value, so the binding dialog starts with it filled in. The raw event stays in
/// <c>channelData</c>.
/// </summary>
public sealed class WeChatInboundCommands(
    WeChatBindInvitations invitations,
    TextCatalog catalog,
    IOptions<WeChatOptions> options,
    ILogger<WeChatInboundCommands> logger)
{
    public async Task ApplyAsync(Activity activity, WeChatInboundMessage message, CancellationToken cancellationToken = default)
    {
        if (!message.IsEvent)
        {
            return;
        }

        switch (message.Event)
        {
            case WeChatEvents.Click when message.EventKey is { } key:
                if (!options.Value.MenuCommands.TryGetValue(key, out var configured) || !WeChatMenuCommand.TryParse(configured, out var command))
                {
                    logger.LogInformation("WeChat menu key {Key} has no entry in WeChat:MenuCommands; the click runs no turn.", key);
                    return;
                }

                if (TitleOf(command) is { } title)
                {
                    AsMessage(activity, title, value: null);
                }
                else
                {
                    logger.LogWarning("WeChat:MenuCommands:{Key} names '{Command}', which the content does not have; fix the configuration.", key, configured);
                }

                break;
            case WeChatEvents.Subscribe or WeChatEvents.Scan:
                var scene = message.Event == WeChatEvents.Subscribe
                    ? message.EventKey is { } eventKey && eventKey.StartsWith(WeChatEvents.QrScenePrefix, StringComparison.Ordinal)
                        ? eventKey[WeChatEvents.QrScenePrefix.Length..]
                        : null
                    : message.EventKey;
                if (scene is null || !scene.StartsWith(WeChatBindInvitations.ScenePrefix, StringComparison.Ordinal))
                {
                    return;
                }

                if (await invitations.ResolveAsync(scene, cancellationToken) is not { } invitation)
                {
                    // An expired or unknown code still greets the resident; binding stays one menu tap away.
                    logger.LogInformation("A binding QR code was scanned whose invitation is unknown or expired.");
                    return;
                }

                if (TitleOf(new WeChatMenuCommand(null, IntentIds.AccountBind)) is { } bind)
                {
                    AsMessage(activity, bind, BindInvitation.ValueFor(invitation.AccountNumber));
                }

                break;
        }
    }

    private string? TitleOf(WeChatMenuCommand command)
    {
        var texts = catalog.Texts;
        if (command.MenuId is { } menuId)
        {
            return texts.Main.Menu.FirstOrDefault(item => item.Id == menuId)?.Title;
        }

        return command.IntentId is { } intent && texts.Understanding.IntentTitles.TryGetValue(intent, out var title) ? title : null;
    }

    private static void AsMessage(Activity activity, string text, JsonElement? value)
    {
        activity.Type = ActivityTypes.Message;
        activity.Name = null;
        activity.Text = text;
        activity.TextFormat = TextFormats.Plain;
        activity.Value = value;
    }
}
