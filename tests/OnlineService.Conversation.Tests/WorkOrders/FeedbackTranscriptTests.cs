using OnlineService.Conversation.Tests.Harness;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Conversation.Tests.WorkOrders;

/// <summary>Complaint, report, suggestion and praise from the first message to a closed order.</summary>
public sealed class FeedbackTranscriptTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_complaint_is_registered_with_the_home_and_closed_after_the_callback()
    {
        await using var host = HeatingHosts.Create(_db.Path, sampleVisit: false);
        var unit = new HandlingUnit(host);
        await new TestFlow(host)
            .Send("我要投诉").AssertReply("非常抱歉给您带来了不好的体验").AssertReply("请描述您要投诉的问题")
            .Send("维修师傅上门态度很差，还乱收费").AssertReply("您还没有绑定户号").IgnoreReplies()
            .Send("填写其他地址").IgnoreReplies()
            .Send("幸福里小区5号楼3单元201").IgnoreReplies()
            .Send("13800138000").AssertReply("请核对您要提交的投诉信息").IgnoreReplies()
            .Send("确认提交").AssertReply(reply =>
            {
                Assert.Contains("已为您登记投诉工单，工单号：", reply.Text, StringComparison.Ordinal);
                Assert.Contains("前与您联系", reply.Text, StringComparison.Ordinal);
            }).IgnoreReplies()
            .RunAsync();

        var order = await unit.OnlyOrderAsync();
        Assert.Equal((WorkOrderCategory.Complaint, "维修师傅上门态度很差，还乱收费"), (order.Category, order.Content));
        await RepairTranscriptTests.CloseThroughSurveyAsync(host, unit, order.Number, visit: false);
    }

    [Fact]
    public async Task A_reports_reported_people_are_excluded_from_handling_it()
    {
        await using var host = HeatingHosts.Create(_db.Path, sampleVisit: false);
        var unit = new HandlingUnit(host);
        await new TestFlow(host)
            .Send("我要举报").AssertReply("请描述您要举报的情况")
            .Send("有人在楼道里私接暖气管道").AssertReply("被举报人不会参与处理")
            .Send("王五、检修班组3").AssertReply("您还没有绑定户号").IgnoreReplies()
            .Send("填写其他地址").IgnoreReplies()
            .Send("幸福里小区5号楼3单元201").IgnoreReplies()
            .Send("13800138000").AssertReply("如果有现场照片，可以发送一两张作为线索").IgnoreReplies()
            .Send("跳过").AssertReply("请核对您要提交的举报信息").IgnoreReplies()
            .Send("确认提交").AssertReply(reply =>
            {
                Assert.Contains("已为您登记举报工单", reply.Text, StringComparison.Ordinal);
                Assert.Contains("被举报的人员不会参与处理", reply.Text, StringComparison.Ordinal);
            }).IgnoreReplies()
            .RunAsync();

        var order = await unit.OnlyOrderAsync();
        Assert.Equal(["王五", "检修班组3"], order.ExcludedHandlerIds);
        var ct = TestContext.Current.CancellationToken;
        await unit.WorkOrders.AcceptAsync(order.Number, "desk", null, ct);
        var refused = await Assert.ThrowsAsync<WorkOrderRuleException>(() => unit.WorkOrders.DispatchAsync(order.Number, "检修班组3", "desk", null, ct));
        Assert.Equal(WorkOrderRuleCodes.ConflictOfInterest, refused.Code);
        await unit.WorkOrders.DispatchAsync(order.Number, "稽查队1", "desk", null, ct);
        await unit.FinishAsync(order.Number, "稽查队1", visit: false);
        await unit.OfferSurveyAsync(order.Number);
        await new TestFlow(host)
            .Send("满意").IgnoreReplies()
            .Send("5").IgnoreReplies()
            .Send("没有").AssertReply("已办结")
            .RunAsync();
        Assert.Equal(WorkOrderStatus.Closed, (await unit.WorkOrders.GetAsync(order.Number, ct)).Status);
    }

    [Fact]
    public async Task A_suggestion_is_thanked_and_closed_after_the_callback()
    {
        await using var host = HeatingHosts.Create(_db.Path, sampleVisit: false);
        var unit = new HandlingUnit(host);
        await new TestFlow(host)
            .Send("我有个建议").AssertReply("请写下您的意见或建议")
            .Send("希望能在公众号上查看每天的供水温度").AssertReply("请留下联系电话")
            .Send("13800138000").AssertReply("请核对您要提交的建议信息").IgnoreReplies()
            .Send("确认提交").AssertReply(reply =>
            {
                Assert.Contains("已为您登记建议工单", reply.Text, StringComparison.Ordinal);
                Assert.Contains("感谢您的宝贵意见", reply.Text, StringComparison.Ordinal);
            }).IgnoreReplies()
            .RunAsync();

        var order = await unit.OnlyOrderAsync();
        Assert.Equal(WorkOrderCategory.Suggestion, order.Category);
        await RepairTranscriptTests.CloseThroughSurveyAsync(host, unit, order.Number, visit: false);
    }

    [Fact]
    public async Task Praise_is_thanked_and_closed_after_the_callback()
    {
        await using var host = HeatingHosts.Create(_db.Path, sampleVisit: false);
        var unit = new HandlingUnit(host);
        await new TestFlow(host)
            .Send("我要表扬").AssertReply("请写下您想表扬的人员或事情")
            .Send("表扬李师傅，半夜来帮我们修好了暖气").AssertReply("请留下联系电话")
            .Send("13800138000").AssertReply("请核对您要提交的表扬信息").IgnoreReplies()
            .Send("确认提交").AssertReply("感谢您的表扬与认可").IgnoreReplies()
            .RunAsync();

        var order = await unit.OnlyOrderAsync();
        Assert.Equal((WorkOrderCategory.Praise, "表扬李师傅，半夜来帮我们修好了暖气"), (order.Category, order.Content));
        await RepairTranscriptTests.CloseThroughSurveyAsync(host, unit, order.Number, visit: false);
    }

    [Fact]
    public async Task The_same_problem_raised_a_third_time_unsolved_becomes_a_complaint()
    {
        await using var host = HeatingHosts.Create(_db.Path, sampleVisit: false);
        var unit = new HandlingUnit(host);
        var flow = new TestFlow(host);
        for (var raise = 1; raise <= 3; raise++)
        {
            flow.Send("报修").IgnoreReplies()
                .Send("漏水").IgnoreReplies()
                .Send("卫生间暖气管接口在滴水").IgnoreReplies()
                .Send("填写其他地址").IgnoreReplies()
                .Send("幸福里小区5号楼3单元201").IgnoreReplies()
                .Send("13800138000");
            switch (raise)
            {
                case 1:
                    flow.AssertReply("已为您登记漏水抢修工单").IgnoreReplies();
                    break;
                case 2:
                    flow.AssertReply("已记录您的第 2 次反映").IgnoreReplies();
                    break;
                default:
                    flow.AssertReply(reply =>
                    {
                        Assert.Contains("已记录您的第 3 次反映", reply.Text, StringComparison.Ordinal);
                        Assert.Contains("这个问题您已反映 3 次仍未解决，我们已为您转为投诉工单", reply.Text, StringComparison.Ordinal);
                    }).IgnoreReplies();
                    break;
            }

            flow.Wait(TimeSpan.FromHours(1));
        }

        await flow.RunAsync();
        var orders = await unit.OrdersAsync();
        Assert.Equal([WorkOrderCategory.RepairLeak, WorkOrderCategory.Complaint], orders.Select(o => o.Category));
        Assert.Equal(3, orders[0].RaiseCount);
        Assert.True(orders[0].Escalated);
        Assert.Equal(orders[0].NoticeAddress, orders[1].NoticeAddress);

        // The complaint is worked and closed like any other.
        await RepairTranscriptTests.CloseThroughSurveyAsync(host, unit, orders[1].Number, visit: false);
    }
}
