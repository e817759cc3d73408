using OnlineService.Conversation.Activities;

namespace OnlineService.Channels.WeChat;

/// <summary>Turns the bot's outgoing activities of one turn into a <see cref="WeChatReply"/>. Pure.</summary>
public static class WeChatReplyBuilder
{
    /// <param name="activities">The bot's activities of the turn; non-message activities are ignored.</param>
    /// <param name="openId">The resident.</param>
    /// <param name="accountId">The account's original id (<c>gh_…</c>, the push's <c>ToUserName</c>).</param>
    /// <param name="now">The passive reply's <c>CreateTime</c>.</param>
    /// <param name="limits">Text limits; <see cref="WeChatReplyLimits.Default"/> when null.</param>
    public static WeChatReply Build(
        IEnumerable<Activity> activities, string openId, string accountId, DateTimeOffset now, WeChatReplyLimits? limits = null)
    {
        limits ??= WeChatReplyLimits.Default;
        var renderer = new WeChatActivityRenderer();
        foreach (var activity in activities)
        {
            renderer.Add(activity);
        }

        // One split for both paths, so a text that was half answered passively continues seamlessly.
        var messages = renderer.Finish(Math.Min(limits.PassiveTextMaxBytes, limits.CustomerServiceTextMaxBytes));
        var all = messages.Select(m => WeChatCustomerServicePayload.For(openId, m)).ToList();
        return new WeChatReply
        {
            Messages = messages,
            PassiveReplyXml = messages.Count > 0 ? WeChatPassiveReply.Build(openId, accountId, messages[0], now) : null,
            FollowUps = all.Skip(1).ToList(),
            AllAsCustomerService = all,
            Choices = renderer.Choices,
        };
    }
}
