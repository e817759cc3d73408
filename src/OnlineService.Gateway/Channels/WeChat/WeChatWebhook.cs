using Microsoft.Extensions.Options;
using OnlineService.Channels.WeChat;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;
using OnlineService.Gateway.Inbound;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>
/// The <c>/wechat</c> callback: URL verification (GET) and pushes (POST). A push is verified, made durable through
/// the <see cref="InboundAcceptor"/> (a retry never runs a second turn), then answered passively when its turn ends
/// inside <see cref="WeChatOptions.PassiveReplyBudget"/>, or with <c>success</c>, leaving the replies to the
/// customer-service API through the outbox.
/// </summary>
public sealed class WeChatWebhook(
    InboundAcceptor acceptor,
    IOutboxStore outbox,
    WeChatChannelSender sender,
    WeChatPassiveAnswers passiveAnswers,
    WeChatChoiceMemory choices,
    WeChatServiceWindows windows,
    WeChatHeldReplies held,
    WeChatInboundCommands commands,
    WeChatSubscriptions subscriptions,
    WeChatApi api,
    TimeProvider clock,
    IOptions<WeChatOptions> options,
    ILogger<WeChatWebhook> logger)
{
    // A reply the dispatcher could pick up this soon is left to it, so one reply never goes out twice.
    private static readonly TimeSpan DispatchSafety = TimeSpan.FromMilliseconds(300);

    private readonly Lazy<WeChatPushDecoder> _decoder = new(() =>
    {
        var settings = options.Value;
        return new WeChatPushDecoder(
            settings.AppId!, settings.Token!, settings.EncodingAesKey, settings.ReplayWindow, settings.RefusesPlaintext, settings.MaxBodyBytes);
    });

    public IResult Verify(HttpRequest request)
    {
        if (!options.Value.Enabled)
        {
            return Results.NotFound();
        }

        var echo = _decoder.Value.VerifyUrl(Query(request), clock.GetUtcNow());
        if (echo is null)
        {
            logger.LogWarning("WeChat URL verification refused: the signature does not match WeChat:Token or the timestamp is stale.");
            return Results.Unauthorized();
        }

        return Results.Text(echo, "text/plain");
    }

    public async Task<IResult> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return Results.NotFound();
        }

        var started = clock.GetTimestamp();
        string body;
        try
        {
            body = await SafeXml.ReadBodyAsync(request.Body, settings.MaxBodyBytes, cancellationToken);
        }
        catch (SafeXmlException ex)
        {
            logger.LogWarning("WeChat push refused: {Detail}", ex.Message);
            return Results.StatusCode(ex.Failure == SafeXmlFailure.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        }

        var decoded = _decoder.Value.Decode(Query(request), body, clock.GetUtcNow());
        if (decoded.Message is not { } message)
        {
            logger.LogWarning("WeChat push refused ({Rejection}): {Detail}", decoded.Rejection, decoded.Detail);
            return Results.StatusCode(decoded.StatusCode);
        }

        if (settings.AccountId is { Length: > 0 } account && message.ToUserName != account)
        {
            logger.LogWarning("WeChat push for account {Account} refused: this gateway serves {Configured}.", message.ToUserName, account);
            return Results.BadRequest();
        }

        // From here on the push is authentic: the turn must survive WeChat hanging up at 5 s, so it is not tied
        // to the request's cancellation.
        var acceptance = await AcceptAsync(message, CancellationToken.None);
        string? xml;
        try
        {
            xml = await PassiveAnswerAsync(acceptance, message, settings.PassiveReplyBudget - clock.GetElapsedTime(started));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The push is durable and its replies are in (or will reach) the outbox; a 500 would only make WeChat
            // show "该公众号暂时无法提供服务" and retry.
            logger.LogError(ex, "Building the passive answer of WeChat push {InboundId} failed; answering success.", acceptance.Message.Id);
            xml = null;
        }

        return xml is null
            ? Results.Text(WeChatPassiveReply.Success, "text/plain")
            : Results.Text(_decoder.Value.EncodeReply(xml, decoded.Encrypted, clock.GetUtcNow()), WeChatPassiveReply.ContentType);
    }

    private async Task<InboundAcceptance> AcceptAsync(WeChatInboundMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var activity = WeChatActivityMapper.ToActivity(message, settings.AppId!);
        var conversationId = activity.Conversation!.Id;
        var isAnswer = activity.Type == ActivityTypes.Message && activity.Text is not null;
        if (isAnswer && await choices.ResolveAsync(conversationId, activity.Text, cancellationToken) is { } chosen)
        {
            // "2" answered a numbered list the bot rendered from buttons: the dialog expects the button's value.
            activity.Text = chosen;
        }

        // A menu click or a binding QR code asks for a service: the turn sees what was asked for.
        await commands.ApplyAsync(activity, message, cancellationToken);

        var acceptance = await acceptor.AcceptAsync(activity, WeChatDedupeKey.For(message, settings.AppId!), cancellationToken);
        if (!acceptance.IsDuplicate)
        {
            try
            {
                await OnResidentContactAsync(message, conversationId, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Bookkeeping only (window, held replies, choices): the push itself is safe, so answer it anyway.
                logger.LogError(ex, "Updating the WeChat window of inbound message {InboundId} failed.", acceptance.Message.Id);
            }
        }

        return acceptance;
    }

    private async Task OnResidentContactAsync(WeChatInboundMessage message, string conversationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var openId = message.FromUserName;
        if (!message.IsEvent)
        {
            await choices.ForgetAsync(conversationId, cancellationToken);
            await windows.OpenForMessageAsync(openId, now, cancellationToken);
            var released = await held.ReleaseAsync(conversationId, now, cancellationToken);
            if (released > 0)
            {
                logger.LogInformation("{Count} held WeChat replies queued again now that the resident wrote.", released);
            }

            return;
        }

        switch (message.Event)
        {
            // The triggers that grant 3 messages for 1 minute; a VIEW click grants nothing.
            case WeChatEvents.Subscribe or WeChatEvents.Scan or WeChatEvents.Click or "scancode_push" or "scancode_waitmsg":
                await windows.OpenForEventAsync(openId, now, cancellationToken);
                break;
            case WeChatEvents.Unsubscribe:
                await windows.CloseAsync(openId, now, cancellationToken);
                break;
            case WeChatEvents.SubscribeMsgPopup or WeChatEvents.SubscribeMsgChange or WeChatEvents.SubscribeMsgSent:
                await subscriptions.RecordAsync(openId, message.Event, message.SubscriptionNotices, cancellationToken);
                break;
        }
    }

    /// <summary>The plaintext passive XML for this push, or null to answer <c>success</c>.</summary>
    private async Task<string?> PassiveAnswerAsync(InboundAcceptance acceptance, WeChatInboundMessage message, TimeSpan budget)
    {
        var inboundId = acceptance.Message.Id;
        if (await passiveAnswers.FindAsync(acceptance.Message.ConversationId, inboundId) is { } earlier)
        {
            return earlier.Xml;
        }

        TurnOutcome outcome;
        try
        {
            outcome = await acceptance.Turn.WaitAsync(budget > TimeSpan.Zero ? budget : TimeSpan.Zero, clock);
        }
        catch (TimeoutException)
        {
            _ = ShowTypingAsync(message.FromUserName);
            return null;
        }
        catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException)
        {
            logger.LogWarning(ex, "The turn of WeChat push {InboundId} did not finish here; its replies go out later.", inboundId);
            return null;
        }

        if (outcome.RanElsewhere)
        {
            return null;
        }

        return await ClaimPassiveAsync(inboundId, acceptance.Message.ConversationId, message);
    }

    /// <summary>
    /// Puts the longest prefix of the turn's replies that renders as one WeChat message into the passive answer and
    /// claims those replies from the outbox as delivered (the outbox marks them and records them in the transcript);
    /// the rest stay in the outbox for the customer-service API.
    /// </summary>
    private async Task<string?> ClaimPassiveAsync(string inboundId, string conversationId, WeChatInboundMessage message)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var replies = await outbox.ListForInboundAsync(inboundId);
        var untouched = replies
            .TakeWhile(r => r.Status == OutboxStatus.Pending && r.Attempts == 0 && r.NextAttemptAt > now + DispatchSafety)
            .ToList();
        var activities = untouched.Select(r => ActivityJson.Deserialize(r.ActivityJson)).ToList();

        for (var count = activities.Count; count > 0; count--)
        {
            var reply = WeChatReplyBuilder.Build(activities.Take(count), message.FromUserName, message.ToUserName, now, settings.ReplyLimits);
            if (reply.PassiveReplyXml is null || (reply.Messages.Count > 1 && count > 1))
            {
                continue;
            }

            // Either whole replies that render as one message, or the first part of one reply's long text: then the
            // sender continues with its second part.
            var whole = reply.Messages.Count == 1;
            var included = whole ? untouched.Take(count).ToList() : [];
            var answer = await passiveAnswers.RecordAsync(
                untouched[0].ConversationId, new WeChatPassiveAnswer(inboundId, reply.PassiveReplyXml, [.. included.Select(r => r.Id)]));
            if (answer.Xml != reply.PassiveReplyXml)
            {
                return answer.Xml;
            }

            await outbox.ClaimDeliveredAsync([.. included.Select(r => r.Id)], now);
            if (!whole)
            {
                await sender.FirstPartSentPassivelyAsync(untouched[0].Id);
            }

            await choices.RememberAsync(untouched[0].ConversationId, reply.Choices);
            return answer.Xml;
        }

        // Nothing left to claim: a concurrent copy of this push (WeChat's retry) may have claimed the replies while
        // both waited for the turn; it recorded its answer first, and this copy answers the same.
        return (await passiveAnswers.FindAsync(conversationId, inboundId))?.Xml;
    }

    private async Task ShowTypingAsync(string openId)
    {
        try
        {
            await api.SendTypingAsync(openId, typing: true);
        }
        catch (Exception ex) when (ex is HttpRequestException or WeChatApiException or TaskCanceledException)
        {
            logger.LogDebug(ex, "The typing indicator could not be shown.");
        }
    }

    private static WeChatPushQuery Query(HttpRequest request) => WeChatPushQuery.From(name => request.Query[name].FirstOrDefault());
}
