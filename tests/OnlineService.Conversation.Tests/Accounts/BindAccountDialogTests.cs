using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Tests.Harness;

namespace OnlineService.Conversation.Tests.Accounts;

/// <summary>Binding the demo accounts (OnlineService.Services README) through the real main dialog and store.</summary>
public sealed class BindAccountDialogTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_resident_binds_an_account_with_the_last_digits_of_the_phone()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("我想绑定户号").AssertReply("请输入您的供热户号")
            .Send("2023 1001 88").AssertReply(Question("请选择一种验证方式", "手机后四位", "户主姓名"))
            .Send("手机后四位").AssertReply("登记的手机号码的后四位")
            .Send("5678").AssertReply(Question("请确认：绑定户号 2023100188，通过“手机后四位”验证。确认绑定吗？", "是", "否"))
            .Send("是")
                .AssertReply("绑定成功！户号 2023****88（朝阳区**花园…）已绑定到您的账号。")
                .AssertReply("这是您的默认户号")
                .AssertReply("请问还有什么可以帮您？")
                .IgnoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task An_invalid_number_is_asked_again_and_the_owners_name_is_a_proof()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("绑定户号").AssertReply("请输入您的供热户号")
            .Send("123").AssertReply("户号应为6到12位数字")
            .Send("2023100256").AssertReply("请选择一种验证方式").IgnoreReplies()
            .Send("2").AssertReply("请输入户主的完整姓名")
            .Send("王秀英").AssertReply("通过“户主姓名”验证").IgnoreReplies()
            .Send("确认").AssertReply("绑定成功！户号 2023****56（海淀区**小区…）").IgnoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task A_number_in_the_first_message_is_not_asked_again()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("户号 2021077530 帮我绑定一下").AssertReply(Question("请选择一种验证方式", "手机后四位", "户主姓名"))
            .Send("手机").AssertReply("后四位")
            .Send("２２２２").AssertReply("请确认：绑定户号 2021077530").IgnoreReplies()
            .Send("不用了").AssertReply("好的，没有为您绑定。").IgnoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task An_invitation_fills_in_the_account_shows_it_masked_and_still_asks_for_the_proof()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        var invited = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "绑定户号",
            Value = OnlineService.Dialogs.Accounts.BindInvitation.ValueFor("2021077530"),
        };
        await new TestFlow(host)
            .Send(invited).AssertReply(Question("请选择一种验证方式", "手机后四位", "户主姓名"))
            .Send("户主姓名").AssertReply("请输入户主的完整姓名")
            .Send("刘洋").AssertReply("请确认：绑定户号 2021****30，通过“户主姓名”验证。").IgnoreReplies()
            .Send("是").AssertReply("绑定成功！户号 2021****30（通州区**苑…）").IgnoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task A_malformed_invitation_value_is_ignored_and_the_number_is_asked()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        var invited = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "绑定户号",
            Value = OnlineService.Dialogs.Accounts.BindInvitation.ValueFor("12ab"),
        };
        await new TestFlow(host)
            .Send(invited).AssertReply("请输入您的供热户号")
            .RunAsync();
    }

    [Fact]
    public async Task Three_unreadable_numbers_end_the_binding_with_the_hotline()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("我想绑定户号").AssertReply("请输入您的供热户号")
            .Send("不知道").AssertReply("户号应为6到12位数字")
            .Send("12").AssertReply("户号应为6到12位数字")
            .Send("abc").AssertReply("服务热线 96069").AssertReply("请问还有什么可以帮您？").IgnoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task A_wrong_proof_is_refused_without_saying_what_was_wrong_and_can_be_retried()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("我想绑定户号").IgnoreReplies()
            .Send("2023100188").IgnoreReplies()
            .Send("户主姓名").IgnoreReplies()
            .Send("张三").IgnoreReplies()
            .Send("是").AssertReply("户号或验证信息与登记信息不一致，暂时无法绑定。请核对缴费单或供热合同上的信息。您还可以再尝试 4 次。").AssertReply("要重新输入吗？")
            .Send("是").AssertReply("请输入您的供热户号")
            .Send("2023100188").IgnoreReplies()
            .Send("户主姓名").IgnoreReplies()
            .Send("张伟").IgnoreReplies()
            .Send("是").AssertReply("绑定成功！").IgnoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task After_five_failures_the_resident_is_told_when_to_retry_and_given_the_hotline()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        var flow = new TestFlow(host).Send("我想绑定户号").IgnoreReplies();
        for (var i = 0; i < 4; i++)
        {
            flow.Send("9999999999").IgnoreReplies()
                .Send("手机后四位").IgnoreReplies()
                .Send("1111").IgnoreReplies()
                .Send("是").AssertReply("不一致").AssertReply("要重新输入吗？")
                .Send("是").AssertReply("请输入您的供热户号");
        }

        await flow.Send("9999999999").IgnoreReplies()
            .Send("手机后四位").IgnoreReplies()
            .Send("1111").IgnoreReplies()
            // 10:00 Beijing time plus the one-hour lock.
            .Send("是").AssertReply("请在 11月22日 11:00 之后再试，或拨打服务热线 96069").IgnoreReplies()
            .Send("绑定户号").AssertReply("绑定功能已暂时锁定").IgnoreReplies()
            .Wait(TimeSpan.FromHours(1))
            .Send("绑定户号").AssertReply("请输入您的供热户号")
            .RunAsync();
    }

    [Fact]
    public async Task A_resident_with_accounts_sees_them_sets_the_default_and_unbinds_one()
    {
        await using var host = HeatingHosts.Create(_db.Path);
        await new TestFlow(host)
            .Send("我想绑定户号").IgnoreReplies()
            .Send("2023100188").IgnoreReplies()
            .Send("手机后四位").IgnoreReplies()
            .Send("5678").IgnoreReplies()
            .Send("是").IgnoreReplies()
            .Send("绑定户号").AssertReply("您已绑定的户号：\n1. 2023****88 朝阳区**花园…（默认）").AssertButtons("绑定新户号", "解绑")
            .Send("绑定新户号").AssertReply("请输入您的供热户号")
            .Send("2021077530").IgnoreReplies()
            .Send("户主姓名").IgnoreReplies()
            .Send("刘洋").IgnoreReplies()
            .Send("是").AssertReply("绑定成功！户号 2021****30（通州区**苑…）").IgnoreReplies()
            .Send("绑定户号").AssertReply("1. 2023****88 朝阳区**花园…（默认）\n2. 2021****30 通州区**苑…")
                .AssertButtons("绑定新户号", "设为默认", "解绑")
            .Send("设为默认").AssertReply(Question("请选择户号", "2023****88 朝阳区**花园…（默认）", "2021****30 通州区**苑…"))
            .Send("2").AssertReply("已将户号 2021****30 设为默认户号。").IgnoreReplies()
            .Send("绑定户号").AssertReply("2. 2021****30 通州区**苑…（默认）").IgnoreReplies()
            .Send("解绑").AssertReply("请选择户号").IgnoreReplies()
            .Send("2").AssertReply("确定要解绑户号 2021****30 吗？")
            .Send("是").AssertReply("已为您解绑户号 2021****30。").IgnoreReplies()
            .Send("绑定户号").AssertReply("您已绑定的户号：\n1. 2023****88 朝阳区**花园…（默认）").IgnoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task Bindings_belong_to_the_resident_and_survive_a_restart()
    {
        await using (var host = HeatingHosts.Create(_db.Path))
        {
            await new TestFlow(host)
                .Send("我想绑定户号").IgnoreReplies()
                .Send("2019004417").IgnoreReplies()
                .Send("手机后四位").IgnoreReplies()
                .Send("9876").IgnoreReplies()
                .Send("是").AssertReply("绑定成功！").IgnoreReplies()
                .RunAsync();
        }

        await using (var restarted = HeatingHosts.Create(_db.Path))
        {
            await new TestFlow(restarted)
                .Send("绑定户号").AssertReply("1. 2019****17 丰台区**家园…（默认）").IgnoreReplies()
                .RunAsync();
        }

        await using var neighbour = HeatingHosts.Create(_db.Path, userId: "resident-2", conversationId: "conversation-2");
        await new TestFlow(neighbour)
            .Send("绑定户号").AssertReply("请输入您的供热户号")
            .RunAsync();
    }

    private static Action<Activity> Question(string text, params string[] buttons) => reply =>
    {
        Assert.Contains(text, reply.Text, StringComparison.Ordinal);
        Assert.Equal(buttons, reply.SuggestedActions?.Actions.Select(a => a.Title).ToArray() ?? []);
    };
}
