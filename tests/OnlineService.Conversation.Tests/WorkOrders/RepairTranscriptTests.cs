using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Tests.Harness;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Conversation.Tests.WorkOrders;

/// <summary>Each repair kind from the first message to a closed order, on a fake clock (HeatingHosts.Start: Sunday 10:00).</summary>
public sealed class RepairTranscriptTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_leak_gets_safety_guidance_first_the_number_at_once_and_closes_after_a_satisfied_callback()
    {
        await using var host = HeatingHosts.Create(_db.Path, sampleVisit: false);
        var unit = new HandlingUnit(host);
        string? number = null;
        await new TestFlow(host)
            .Send("家里暖气片漏水了")
                .AssertReply(reply => Assert.StartsWith("请先注意安全", reply.Text, StringComparison.Ordinal))
                .AssertReply("您还没有绑定户号")
            .Send("填写其他地址").AssertReply("请填写详细地址")
            .Send("望京花园3号楼2单元501").AssertReply("请留下联系电话")
            .Send("13812345678")
                .AssertReply(reply =>
                {
                    Assert.Contains("已为您登记漏水抢修工单，工单号：20261122", reply.Text, StringComparison.Ordinal);
                    Assert.Contains("我们将在 11月22日 10:05 前与您联系", reply.Text, StringComparison.Ordinal);
                })
                .AssertReply("请问还有什么可以帮您？").IgnoreReplies()
            .Then(async () =>
            {
                var order = await unit.OnlyOrderAsync();
                number = order.Number;
                Assert.Equal((WorkOrderCategory.RepairLeak, "家里暖气片漏水了", "望京花园3号楼2单元501", "13812345678"),
                    (order.Category, order.Content, order.Ledger.Address, order.Ledger.Phone));
                Assert.NotNull(order.NoticeAddress);
                Assert.Null(order.VisitWindowStart);
                await unit.HandleAsync(order.Number);
            })
            .RunAsync();

        var (question, _) = await unit.OfferSurveyAsync(number!);
        Assert.Contains($"工单 {number}（漏水抢修），处理结果是：已处理完毕", question, StringComparison.Ordinal);
        await new TestFlow(host)
            .Send("满意").AssertReply("请为本次服务打分")
            .Send("5").AssertReply("还有什么意见或建议吗")
            .Send("师傅来得很快").AssertReply($"感谢您的评价（5分），工单 {number} 已办结。")
            .RunAsync();

        var closed = await unit.WorkOrders.GetAsync(number!, TestContext.Current.CancellationToken);
        Assert.Equal(WorkOrderStatus.Closed, closed.Status);
        var callback = closed.Last(TimelineStage.Callback)!;
        Assert.Equal((true, 5, "师傅来得很快", "resident"), (callback.Satisfied, callback.Score, callback.Note, callback.Actor));
    }

    [Fact]
    public async Task Not_warm_is_guided_in_chat_first_and_no_order_is_made_when_that_helped()
    {
        await using var host = HeatingHosts.Create(_db.Path, sampleVisit: false);
        await new TestFlow(host)
            .Send("报修").AssertButtons("漏水", "暖气不热", "预约入户测温", "其他故障")
            .Send("暖气不热")
                .AssertReply("放气阀")
                .AssertButtons("热了", "还是不热")
            .Send("热了").AssertReply("太好了").AssertReply("请问还有什么可以帮您？").IgnoreReplies()
            .RunAsync();

        Assert.Empty(await new HandlingUnit(host).OrdersAsync());
    }

    [Fact]
    public async Task Not_warm_is_booked_in_a_daytime_window_when_the_guidance_did_not_help()
    {
        await using var host = HeatingHosts.Create(_db.Path, sampleVisit: false);
        var unit = new HandlingUnit(host);
        await new TestFlow(host)
            .Send("报修").IgnoreReplies()
            .Send("暖气不热").IgnoreReplies()
            .Send("还是不热").AssertReply("请简单描述一下问题")
            .Send("卧室暖气片是凉的").IgnoreReplies()
            .Send("填写其他地址").IgnoreReplies()
            .Send("学院路小区12号楼1单元302").IgnoreReplies()
            .Send("13987654321").AssertReply("请发送一两张现场照片")
            .Send("跳过").AssertReply(Question("请选择方便上门的时间（入户测温只安排在白天）",
                "11月22日（周日）14:00-16:00", "11月22日（周日）16:00-18:00", "11月23日（周一）08:00-10:00", "11月23日（周一）10:00-12:00"))
            .Send("11月23日（周一）08:00-10:00").AssertReply(reply => Assert.Contains("上门时间：11月23日（周一）08:00-10:00", reply.Text, StringComparison.Ordinal))
            .Send("确认提交").AssertReply(reply =>
            {
                Assert.Contains("已为您登记暖气不热报修工单", reply.Text, StringComparison.Ordinal);
                Assert.Contains("预约上门时间：11月23日（周一）08:00-10:00", reply.Text, StringComparison.Ordinal);
            }).IgnoreReplies()
            .RunAsync();

        var order = await unit.OnlyOrderAsync();
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(8)), order.VisitWindowStart);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8)), order.VisitWindowEnd);
        Assert.Equal("卧室暖气片是凉的", order.Content);
        await CloseThroughSurveyAsync(host, unit, order.Number);
    }

    [Fact]
    public async Task A_beijing_temperature_check_is_never_offered_between_12_and_15()
    {
        await using var host = HeatingHosts.Create(_db.Path, profile: ServiceProfiles.Beijing, sampleVisit: false);
        var unit = new HandlingUnit(host);
        await new TestFlow(host)
            .Send("报修").IgnoreReplies()
            .Send("预约入户测温").AssertReply("请简单描述一下问题")
            .Send("想请师傅来量一下室温").IgnoreReplies()
            .Send("填写其他地址").IgnoreReplies()
            .Send("学院路小区12号楼1单元302").IgnoreReplies()
            .Send("13987654321").IgnoreReplies()
            .Send("跳过").AssertReply(Question("请选择方便上门的时间（入户测温只安排在白天）",
                "11月22日（周日）16:00-18:00", "11月23日（周一）08:00-10:00", "11月23日（周一）10:00-12:00", "11月23日（周一）16:00-18:00"))
            .Send("4").AssertReply("请核对您要提交的入户测温信息")
            .Send("确认提交").AssertReply("已为您登记入户测温工单").IgnoreReplies()
            .RunAsync();

        var order = await unit.OnlyOrderAsync();
        Assert.Equal(ServiceProfiles.BeijingName, order.ProfileName);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 16, 0, 0, TimeSpan.FromHours(8)), order.VisitWindowStart);
        await CloseThroughSurveyAsync(host, unit, order.Number);
    }

    [Fact]
    public async Task Another_fault_takes_photos_and_a_bound_account_with_its_registered_phone()
    {
        await using var host = HeatingHosts.Create(_db.Path, sampleVisit: false);
        var unit = new HandlingUnit(host);
        var photo = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = "image/jpeg", ContentUrl = "https://files.example/valve.jpg", Name = "valve.jpg" }],
        };
        await new TestFlow(host)
            .Send("报修").IgnoreReplies()
            .Send("其他故障").AssertReply("请简单描述一下问题")
            .Send("暖气阀门拧不动了").AssertReply(Question("您还没有绑定户号", "先绑定户号", "填写其他地址"))
            .Send("先绑定户号").AssertReply("请输入您的供热户号")
            .Send("2023100188").IgnoreReplies()
            .Send("手机后四位").IgnoreReplies()
            .Send("5678").IgnoreReplies()
            .Send("是")
                .AssertReply("绑定成功")
                .AssertReply("这是您的默认户号")
                .AssertReply(Question("处理人员联系您用哪个电话？", "使用尾号5678的登记电话", "换一个号码"))
            .Send("使用尾号5678的登记电话").AssertReply("请发送一两张现场照片")
            .Send(photo).AssertReply("请选择方便上门的时间：").IgnoreReplies()
            .Send("1").AssertReply("请核对您要提交的维修信息")
            .Send("确认提交").AssertReply("已为您登记维修工单").IgnoreReplies()
            .RunAsync();

        var order = await unit.OnlyOrderAsync("2023100188");
        Assert.Equal(("2023100188", "朝阳区望京花园3号楼2单元501", "13812345678", "张伟"),
            (order.ResidentId, order.Ledger.Address, order.Ledger.Phone, order.Ledger.Requester));
        Assert.Equal(["https://files.example/valve.jpg"], order.ResidentPhotoUrls);
        await CloseThroughSurveyAsync(host, unit, order.Number);
    }

    /// <summary>The handling unit finishes, the survey comes, the resident is satisfied: closed.</summary>
    internal static async Task CloseThroughSurveyAsync(ConversationHost host, HandlingUnit unit, string number, bool visit = true)
    {
        await unit.HandleAsync(number, visit: visit);
        await unit.OfferSurveyAsync(number);
        await new TestFlow(host)
            .Send("满意").AssertReply("请为本次服务打分")
            .Send("4").AssertReply("还有什么意见或建议吗")
            .Send("没有").AssertReply($"感谢您的评价（4分），工单 {number} 已办结。")
            .RunAsync();
        Assert.Equal(WorkOrderStatus.Closed, (await unit.WorkOrders.GetAsync(number, TestContext.Current.CancellationToken)).Status);
    }

    internal static Action<Activity> Question(string text, params string[] buttons) => reply =>
    {
        Assert.Contains(text, reply.Text, StringComparison.Ordinal);
        Assert.Equal(buttons, reply.SuggestedActions?.Actions.Select(a => a.Title).ToArray() ?? []);
    };
}
