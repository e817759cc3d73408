using Microsoft.Extensions.DependencyInjection;
using OnlineService.Conversation.Tests.Harness;
using OnlineService.Services.WorkOrders;
using static OnlineService.Conversation.Tests.Conversations.Cases;

namespace OnlineService.Conversation.Tests.Conversations;

/// <summary>
/// A new task in the middle of a form ("keep or switch"), questions answered mid-form, whole flows of each request,
/// and prompts whose texts fit their choices and case (issue 11 §2, §5).
/// </summary>
public sealed class TaskConversations
{
    private static readonly Dictionary<string, ConversationCase> All = Build();

    public static TheoryData<string> Conversations => Names(All);

    [Theory]
    [MemberData(nameof(Conversations))]
    public Task Run(string name) => ConversationRunner.RunAsync(All[name]);

    [Fact]
    public async Task A_submitted_orders_phone_is_corrected_with_a_timeline_entry()
    {
        using var db = new TempDatabase();
        await using var host = HeatingHosts.Create(db.Path, sampleVisit: false);
        await new TestFlow(host)
            .Send("暖气片漏水了").IgnoreReplies()
            .Send("填写其他地址").IgnoreReplies()
            .Send(Address).IgnoreReplies()
            .Send(Phone).IgnoreReplies()
            .Send("刚才电话写错了").AssertReply("请直接发送正确的联系电话")
            .Send("13912345678").AssertReply("联系电话改为 13912345678").AssertReply("请问还有什么可以帮您？")
            .RunAsync();

        var store = host.Services.GetRequiredService<IWorkOrderStore>();
        var order = Assert.Single(await store.ListByResidentAsync("test:resident-1", TestContext.Current.CancellationToken));
        Assert.Equal("13912345678", order.Ledger.Phone);
        var entry = order.Last(TimelineStage.ContactUpdated)!;
        Assert.Equal(("resident", "电话 13812345678 → 13912345678"), (entry.Actor, entry.Note));
    }

    private static Dictionary<string, ConversationCase> Build()
    {
        var cases = new List<ConversationCase>
        {
            // Keep or switch.
            Case("complaint in a repair form: switch", ["暖气片漏水了", "我要投诉你们的客服态度差", "改为投诉", .. AddressAndPhone, "确认提交"]) with
            {
                Order = WorkOrderCategory.Complaint, Says = ["还没有提交", "刚才的办理已取消"], HandedOver = true,
            },
            Case("complaint in a repair form: keep", ["暖气片漏水了", "我要投诉你们的客服态度差", "继续刚才的办理", .. AddressAndPhone]) with
            {
                Order = WorkOrderCategory.RepairLeak, Says = ["还没有提交"], Phone = Phone,
            },
            Case("status asked at the phone question: switch", ["暖气片漏水了", "填写其他地址", Address, "我上次报修的进度怎么样了", "改为查询办理进度"]) with
            {
                LastSays = ["没有正在办理的工单"],
            },
            Case("a question mid-form is answered and the form resumes", ["暖气片漏水了", "客服电话多少？", .. AddressAndPhone]) with
            {
                Order = WorkOrderCategory.RepairLeak, Says = ["96069", "我们继续刚才的办理"],
            },
            Case("heating season asked mid-form", ["暖气不热", "什么时候开始供暖？", "还是不热", .. AddressAndPhone, "跳过", "1", "确认提交"]) with
            {
                Order = WorkOrderCategory.RepairNotWarm, Says = ["供暖期", "我们继续刚才的办理"],
            },
            Case("price asked at the address question", ["暖气片漏水了", "填写其他地址", "暖气费多少钱一平米？", Address, Phone]) with
            {
                Order = WorkOrderCategory.RepairLeak, Address = Address, Says = ["每平方米"],
            },

            // Whole flows.
            Case("not warm at night", NotWarm("家里暖气不热")) with { Order = WorkOrderCategory.RepairNotWarm, Night = true, Phone = Phone, Address = Address },
            Case("not warm helped by the guidance", "暖气不热", "热了") with { LastSays = ["太好了"] },
            Case("leak at night", Leak("半夜暖气片漏水了")) with { Order = WorkOrderCategory.RepairLeak, Night = true, Says = ["请先注意安全"] },
            Case("leak from the menu", ["报修", "漏水", "卫生间暖气管接口滴水", .. AddressAndPhone]) with { Order = WorkOrderCategory.RepairLeak, Content = "卫生间暖气管接口滴水" },
            Case("temperature check", ["我要预约入户测温", "想请师傅来量一下室温", .. AddressAndPhone, "跳过", "1", "确认提交"]) with { Order = WorkOrderCategory.RepairTemperatureCheck },
            Case("other fault", ["暖气阀门坏了拧不动", .. AddressAndPhone, "跳过", "1", "确认提交"]) with { Order = WorkOrderCategory.RepairOther },
            Case("report", ["我要举报", "楼下邻居私接暖气管道", "不清楚", .. AddressAndPhone, "跳过", "确认提交"]) with
            {
                Order = WorkOrderCategory.Report, Says = ["作为线索"], NeverSays = ["便于师傅提前准备"],
            },
            Case("suggestion", "我有个建议", "希望营业厅周日也开门", Phone, "确认提交") with { Order = WorkOrderCategory.Suggestion },
            Case("praise", "我要表扬", "表扬李师傅，半夜来帮我们修好了暖气", Phone, "确认提交") with { Order = WorkOrderCategory.Praise },
            Case("status with nothing open", "查进度") with { LastSays = ["没有正在办理的工单"] },
            Case("status after a leak", [.. Leak("暖气片漏水了"), "我的工单到哪一步了"]) with { Order = WorkOrderCategory.RepairLeak, LastSays = ["您正在办理的工单"] },
            Case("correct the order phone in one message", [.. Leak("暖气片漏水了"), "刚才电话写错了，是13912345678"]) with
            {
                Order = WorkOrderCategory.RepairLeak, Phone = "13912345678", LastSays = ["联系电话改为 13912345678"],
            },
            Case("correct with nothing open", "刚才电话写错了") with { LastSays = ["没有正在办理的工单"] },

            // Prompts fit their choices and case.
            Case("the not-warm question is not 请从下面选择问题类型", "暖气不热", "嗯嗯嗯不知道") with { NeverSays = ["请从下面选择问题类型"] },
            Case("no house: no 请从下面选择房屋", "暖气片漏水了", "嗯，这个") with { NeverSays = ["请从下面选择房屋"], LastSays = ["先绑定户号"] },
            Case("a complaint is not asked for photos", ["我要投诉 师傅乱收费", .. AddressAndPhone]) with { NeverSays = ["照片"], LastSays = ["请核对"] },
            Case("one closing menu after an order", [.. Leak("暖气片漏水了")]) with { Order = WorkOrderCategory.RepairLeak, NeverSays = ["请问您需要办理什么业务"] },
            Case("the confirmation includes the visit slot", NotWarm("暖气不热")) with { Order = WorkOrderCategory.RepairNotWarm, LastSays = ["预约上门时间：11月22日（周日）14:00-16:00"] },
            Case("the night visit slot is in the morning", NotWarm("暖气不热")) with { Order = WorkOrderCategory.RepairNotWarm, Night = true, VisitStart = "11-23 08:00" },
            Case("help does not promise online payment", "帮助") with { NeverSays = ["缴费、开具电子发票", "办理报停"] },
        };

        return Table([.. cases]);
    }
}
