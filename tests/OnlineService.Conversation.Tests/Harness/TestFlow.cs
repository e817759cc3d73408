using OnlineService.Conversation.Activities;

namespace OnlineService.Conversation.Tests.Harness;

/// <summary>
/// A conversation written as a transcript: <c>.Send("报修").AssertReply("请问…")</c>. Each Send runs one turn;
/// each AssertReply checks the next unread bot message of that turn, in order; a turn's unread replies must all be
/// asserted (or skipped with <see cref="IgnoreReplies"/>) before the next Send.
/// </summary>
public sealed class TestFlow(ConversationHost host)
{
    private readonly List<Func<Task>> _steps = [];
    private Queue<Activity> _pending = new();
    private string _lastSent = "";

    public TestFlow Send(string text) => Then(async () =>
    {
        AssertNothingUnread();
        _lastSent = text;
        _pending = new Queue<Activity>((await host.SendAsync(text)).Where(a => a.Type == ActivityTypes.Message));
    });

    public TestFlow Send(Activity activity) => Then(async () =>
    {
        AssertNothingUnread();
        _lastSent = activity.Text ?? activity.Type;
        _pending = new Queue<Activity>((await host.SendAsync(activity)).Where(a => a.Type == ActivityTypes.Message));
    });

    /// <summary>The next reply's text contains <paramref name="expected"/>.</summary>
    public TestFlow AssertReply(string expected) => AssertReply(reply =>
        Assert.True(reply.Text?.Contains(expected, StringComparison.Ordinal) == true,
            $"After \"{_lastSent}\" expected a reply containing \"{expected}\" but got \"{reply.Text}\"."));

    public TestFlow AssertReply(Action<Activity> check) => Then(() =>
    {
        Assert.True(_pending.Count > 0, $"After \"{_lastSent}\" expected another reply but there was none.");
        check(_pending.Dequeue());
        return Task.CompletedTask;
    });

    /// <summary>The next reply offers these buttons (suggested actions), in order.</summary>
    public TestFlow AssertButtons(params string[] titles) => AssertReply(reply =>
        Assert.Equal(titles, reply.SuggestedActions?.Actions.Select(a => a.Title).ToArray() ?? []));

    public TestFlow AssertNoReply() => Then(() =>
    {
        AssertNothingUnread();
        return Task.CompletedTask;
    });

    public TestFlow IgnoreReplies() => Then(() =>
    {
        _pending.Clear();
        return Task.CompletedTask;
    });

    /// <summary>Lets fake time pass between messages.</summary>
    public TestFlow Wait(TimeSpan duration) => Then(() =>
    {
        host.Clock.Advance(duration);
        return Task.CompletedTask;
    });

    public TestFlow Then(Func<Task> step)
    {
        _steps.Add(step);
        return this;
    }

    public async Task RunAsync()
    {
        foreach (var step in _steps)
        {
            await step();
        }

        AssertNothingUnread();
    }

    private void AssertNothingUnread() =>
        Assert.True(_pending.Count == 0,
            $"After \"{_lastSent}\" {_pending.Count} reply(ies) were not asserted: {string.Join(" | ", _pending.Select(a => a.Text))}");
}
