using OnlineService.Conversation.Tests.Harness;

namespace OnlineService.Conversation.Tests;

public sealed class InterruptionTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Help_mid_dialog_explains_and_asks_the_same_question_again()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("报修").IgnoreReplies()
            .Send("漏水").AssertReply("请简单描述一下情况。")
            .Send("帮助").AssertReply("回复“取消”可退出当前业务").AssertReply("请简单描述一下情况。")
            .Send("地上有水").AssertReply("有几个房间有问题？")
            .RunAsync();
    }

    [Fact]
    public async Task Cancel_mid_dialog_ends_it_and_returns_to_the_menu()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("报修").IgnoreReplies()
            .Send("漏水").IgnoreReplies()
            .Send("取消").AssertReply("已为您取消当前办理").AssertReply("请问您需要办理什么业务？")
            .Send("报修").AssertReply("请问是什么问题？")
            .RunAsync();
    }

    [Fact]
    public async Task Cancel_words_inside_a_sentence_do_not_cancel()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("报修").IgnoreReplies()
            .Send("其他").IgnoreReplies()
            .Send("我不想取消，阀门拧不动").AssertReply("有几个房间有问题？")
            .RunAsync();
    }

    [Fact]
    public async Task Restart_inside_a_nested_dialog_greets_again_with_the_menu()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("报修").IgnoreReplies()
            .Send("漏水").IgnoreReplies()
            .Send("水管漏了").IgnoreReplies()
            .Send("1").AssertReply("请问您住在哪个小区？")
            .Send("重新开始").AssertReply("我们重新开始").AssertReply("欢迎使用测试热力在线客服").AssertButtons("咨询", "报修", "缴费/账单", "发票", "业务办理", "进度查询", "转人工")
            .RunAsync();
    }

    [Fact]
    public async Task Asking_for_a_human_is_answered_and_the_dialog_keeps_its_place()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("报修").IgnoreReplies()
            .Send("暖气不热").AssertReply("请简单描述一下情况。")
            .Send("转人工").AssertReply("服务热线 96069").AssertReply("请简单描述一下情况。")
            .Send("请帮我转人工吧").AssertReply("服务热线 96069").AssertReply("请简单描述一下情况。")
            .Send("屋里才15度").AssertReply("有几个房间有问题？")
            .RunAsync();
    }

    [Fact]
    public async Task Interruptions_work_inside_a_nested_component_dialog_and_its_result_reaches_the_parent()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("报修").IgnoreReplies()
            .Send("其他").IgnoreReplies()
            .Send("阀门坏了").IgnoreReplies()
            .Send("1").AssertReply("请问您住在哪个小区？")
            .Send("帮助").IgnoreReplies()
            .Send("阳光小区").AssertReply("几号楼？")
            .Send("7").AssertReply("请留一个手机号码。")
            .Send("13912345678").IgnoreReplies()
            .Send("明天上午10点").IgnoreReplies()
            .Send(WaterfallAndPromptTests.Photo()).AssertReply("阳光小区7号楼")
            .RunAsync();
    }
}
