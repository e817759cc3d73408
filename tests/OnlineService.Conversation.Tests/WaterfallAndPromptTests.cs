using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Tests.Harness;

namespace OnlineService.Conversation.Tests;

public sealed class WaterfallAndPromptTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Visit_dialog_walks_every_step_with_every_prompt_type()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("报修").AssertReply("请问是什么问题？")
            .Send("2").AssertReply("请简单描述一下情况。")
            .Send("卧室暖气片冰凉").AssertReply("有几个房间有问题？")
            .Send("两个").AssertReply("请问您住在哪个小区？")
            .Send("幸福里").AssertReply("几号楼？")
            .Send("十五号楼").AssertReply("请留一个手机号码。")
            .Send("我电话是138 0013 8000").AssertReply("您希望什么时间上门？")
            .Send("明天下午三点").AssertReply("请拍一张照片发给我。")
            .Send(Photo()).AssertReply("确认：暖气不热，2个房间，幸福里15号楼，13800138000，2026-11-23 15:00，照片1张。提交吗？")
            .Send("好的").AssertReply("已提交。").AssertReply("请问还有什么可以帮您？").IgnoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task Choice_prompt_shows_buttons_and_understands_synonyms_and_numbers()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("报修")
            .AssertReply(reply =>
            {
                Assert.Equal(["漏水", "暖气不热", "其他"], reply.SuggestedActions!.Actions.Select(a => a.Title));
                Assert.Equal("请问是什么问题？", reply.Text);
                Assert.Equal(InputHints.ExpectingInput, reply.InputHint);
            })
            .Send("滴水").AssertReply("请简单描述一下情况。")
            .RunAsync();
        await using var again = HeatingHosts.Create(_db.Path + "-2");
        await new TestFlow(again).Send("报修").IgnoreReplies().Send("第三个").AssertReply("请简单描述一下情况。").RunAsync();
    }

    [Fact]
    public async Task Invalid_answers_get_the_retry_prompt_and_validators_may_explain_themselves()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("报修").IgnoreReplies()
            .Send("其他").AssertReply("请简单描述一下情况。")
            .Send("坏").AssertReply("请多写几个字。")
            .Send("阀门拧不动").AssertReply("有几个房间有问题？")
            .Send("很多").AssertReply("请告诉我房间数，例如“2”或“两个”。")
            .Send("50").AssertReply("请告诉我房间数")
            .Send("3").AssertReply("请问您住在哪个小区？")
            .Send("幸福里").AssertReply("几号楼？")
            .Send("3").AssertReply("请留一个手机号码。")
            .Send("12345").AssertReply("这不像一个手机号码，请输入11位手机号。")
            .Send("+86 139-1234-5678").AssertReply("您希望什么时间上门？")
            .Send("随便").AssertReply("没听懂时间")
            .Send("周五上午").AssertReply("请拍一张照片发给我。")
            .RunAsync();
    }

    [Fact]
    public async Task A_prompt_gives_up_after_its_maximum_attempts_and_the_dialog_decides_what_follows()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("报修").IgnoreReplies()
            .Send("嗯？").AssertReply("请从下面选一项。")
            .Send("不知道").AssertReply("请从下面选一项。")
            .Send("随便吧").AssertReply("多次没有选中，已为您结束报修。").AssertReply("请问还有什么可以帮您？").IgnoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task An_attachment_prompt_accepts_files_only_and_may_be_given_up()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await AnswerUpToPhotoAsync(host);
        await new TestFlow(host)
            .Send("没有照片").AssertReply("请拍一张照片发给我。")
            .Send("真的没有").AssertReply("没有收到照片，先不要照片了。").AssertReply("照片0张")
            .Send("不用了").AssertReply("好的，没有提交。").IgnoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task Date_time_prompt_resolves_against_the_fake_clock_in_Beijing_time()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(HeatingHosts.Start);
        await using var host = HeatingHosts.Create(_db.Path, clock);
        await AnswerUpToTimeAsync(host);
        clock.Advance(TimeSpan.FromDays(1)); // Monday 2026-11-23 10:00
        await new TestFlow(host)
            .Send("后天上午9点").AssertReply("请拍一张照片发给我。")
            .Send(Photo()).AssertReply("2026-11-25 09:00")
            .RunAsync();
    }

    internal static Activity Photo() => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [new Attachment { ContentType = "image/jpeg", ContentUrl = "https://example.invalid/leak.jpg", Name = "leak.jpg" }],
    };

    private static async Task AnswerUpToTimeAsync(ConversationHost host)
    {
        foreach (var text in new[] { "报修", "漏水", "暖气片接口滴水", "1", "幸福里", "3", "13800138000" })
        {
            await host.SendAsync(text);
        }
    }

    private static async Task AnswerUpToPhotoAsync(ConversationHost host)
    {
        await AnswerUpToTimeAsync(host);
        await host.SendAsync("明天上午十点");
    }
}
