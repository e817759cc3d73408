using OnlineService.Conversation.State;
using OnlineService.Conversation.Tests.Harness;
using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.Tests;

public sealed class RestartTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_dialog_in_progress_continues_in_a_new_host_on_the_same_data_file()
    {
        await using (var first = HeatingHosts.Create(_db.Path))
        {
            await new TestFlow(first)
                .Send("报修").IgnoreReplies()
                .Send("暖气不热").IgnoreReplies()
                .Send("卧室不热").IgnoreReplies()
                .Send("2").AssertReply("请问您住在哪个小区？")
                .Send("幸福里").AssertReply("几号楼？")
                .RunAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using var second = HeatingHosts.Create(_db.Path);
        await new TestFlow(second)
            .Send("9").AssertReply("请留一个手机号码。")
            .Send("13800138000").IgnoreReplies()
            .Send("明天下午两点").IgnoreReplies()
            .Send(WaterfallAndPromptTests.Photo()).AssertReply("暖气不热，2个房间，幸福里9号楼，13800138000")
            .RunAsync();
    }

    [Fact]
    public async Task A_conflicting_save_of_one_conversation_is_detected_not_overwritten()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        var ct = TestContext.Current.CancellationToken;
        await host.SendAsync("报修", ct);
        var state = new ConversationState((IStateStore)host.Services.GetService(typeof(IStateStore))!);
        var counter = state.CreateProperty<Counter>("counter");
        var activity = new Activities.Activity
        {
            ChannelId = "test",
            Conversation = new Activities.ConversationAccount(host.ConversationId),
            From = new Activities.ChannelAccount(host.UserId),
        };
        var a = new TurnContext(activity, host.Clock, host.Services);
        var b = new TurnContext(activity, host.Clock, host.Services);
        await state.LoadAsync(a, cancellationToken: ct);
        await state.LoadAsync(b, cancellationToken: ct);
        (await counter.GetAsync(a, () => new Counter(), ct)).Value = 1;
        (await counter.GetAsync(b, () => new Counter(), ct)).Value = 2;

        await state.SaveChangesAsync(a, ct);
        await Assert.ThrowsAsync<StateConflictException>(() => state.SaveChangesAsync(b, ct));
    }

    private sealed class Counter
    {
        public int Value { get; set; }
    }
}
