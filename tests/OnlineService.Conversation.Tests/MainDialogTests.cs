using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Tests.Harness;

namespace OnlineService.Conversation.Tests;

public sealed class MainDialogTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_new_resident_is_greeted_with_the_main_menu()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        var joined = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            MembersAdded = [new ChannelAccount("resident-1")],
        };
        await new TestFlow(host)
            .Send(joined)
            .AssertReply("您好，欢迎使用测试热力在线客服！")
            .AssertButtons("咨询", "报修", "缴费/账单", "发票", "业务办理", "进度查询", "转人工")
            .RunAsync();
    }

    [Fact]
    public async Task The_first_message_is_routed_without_showing_the_menu_first()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host).Send("我要报修").AssertReply("请问是什么问题？").IgnoreReplies().RunAsync();
    }

    [Fact]
    public async Task A_service_not_yet_online_is_said_plainly_with_the_hotline()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("你好").AssertReply("您好，欢迎使用测试热力在线客服！").AssertReply("请问您需要办理什么业务？")
            .Send("4").AssertReply("“发票”暂不能在线办理").AssertReply("营业厅开具")
            .RunAsync();
    }
}
