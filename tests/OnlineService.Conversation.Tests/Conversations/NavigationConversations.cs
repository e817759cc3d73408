using OnlineService.Services.WorkOrders;
using static OnlineService.Conversation.Tests.Conversations.Cases;

namespace OnlineService.Conversation.Tests.Conversations;

/// <summary>
/// Corrections and navigation (issue 11 §3): leaving in many phrasings, back one step, "不对，是…", changes at review,
/// details given early kept, and misunderstood answers never throwing away what was typed.
/// </summary>
public sealed class NavigationConversations
{
    private static readonly Dictionary<string, ConversationCase> All = Build();

    public static TheoryData<string> Conversations => Names(All);

    [Theory]
    [MemberData(nameof(Conversations))]
    public Task Run(string name) => ConversationRunner.RunAsync(All[name]);

    private static Dictionary<string, ConversationCase> Build()
    {
        var cases = new List<ConversationCase>();
        string[] leaving = ["算了 不报了", "不用了", "先不弄了", "算了", "不报了", "先不办了", "不需要了", "算了算了", "不用了谢谢", "先这样吧"];
        foreach (var (text, i) in leaving.Select((t, i) => (t, i)))
        {
            cases.Add(Case($"leaving the address question: {text}", "暖气片漏水了", "填写其他地址", text) with
            {
                LastSays = ["已取消"], NeverSays = ["请从下面选择", "抱歉，我还没能理解"], Night = i % 3 == 0,
            });
        }

        cases.Add(Case("leaving the kind question", "报修", "算了 不报了") with { LastSays = ["已取消"] });
        cases.Add(Case("leaving the phone question", "暖气片漏水了", "填写其他地址", Address, "不用了") with { LastSays = ["已取消"] });
        cases.Add(Case("leaving then a new request", "暖气片漏水了", "算了", "暖气费多少钱一平米") with { LastSays = ["每平方米"] });

        // Back one step.
        cases.Add(Case("back from the phone to the address", ["暖气片漏水了", "填写其他地址", "望京花园1号楼1单元101", "上一步", "填写其他地址", Address, Phone]) with
        {
            Order = WorkOrderCategory.RepairLeak, Address = Address, Phone = Phone, Says = ["回到上一步"],
        });
        cases.Add(Case("返回 from the phone", ["暖气片漏水了", "填写其他地址", "望京花园1号楼1单元101", "返回", "填写其他地址", Address, Phone]) with
        {
            Order = WorkOrderCategory.RepairLeak, Address = Address,
        });
        cases.Add(Case("back at the first question", "报修", "上一步") with { LastSays = ["第一步"] });
        cases.Add(Case("back from the visit window to the photos", ["暖气不热", "还是不热", .. AddressAndPhone, "跳过", "上一步", "跳过", "2", "确认提交"]) with
        {
            Order = WorkOrderCategory.RepairNotWarm, VisitStart = "11-22 16:00",
        });
        cases.Add(Case("back from the kind answer", ["报修", "漏水", "上一步", "暖气不热", "还是不热", "卧室暖气片是凉的", .. AddressAndPhone, "跳过", "1", "确认提交"]) with
        {
            Order = WorkOrderCategory.RepairNotWarm, Content = "卧室暖气片是凉的",
        });

        // "不对，是…": the kind of problem or the last answer.
        cases.Add(Case("not a leak but not warm", ["暖气漏水了", "不对 不是漏水 是暖气不热", "还是不热", "卧室暖气片冰凉", .. AddressAndPhone, "跳过", "1", "确认提交"]) with
        {
            Order = WorkOrderCategory.RepairNotWarm, Content = "卧室暖气片冰凉", NeverSays = ["抱歉，我还没能理解"],
        });
        cases.Add(Case("not a leak, corrected at the address question", ["暖气片漏水了", "填写其他地址", "不对，是暖气不热", "还是不热", "客厅暖气不热", .. AddressAndPhone, "跳过", "1", "确认提交"]) with
        {
            Order = WorkOrderCategory.RepairNotWarm, Content = "客厅暖气不热",
        });
        cases.Add(Case("the phone was wrong", ["暖气片漏水了", .. AddressAndPhone]) with { Order = WorkOrderCategory.RepairLeak, Phone = Phone });
        cases.Add(Case("phone corrected at review", ["暖气不热", "还是不热", .. AddressAndPhone, "跳过", "1", "不对，电话是13987654321", "确认提交"]) with
        {
            Order = WorkOrderCategory.RepairNotWarm, Phone = "13987654321", Says = ["已改为：13987654321"],
        });
        cases.Add(Case("address corrected by a sentence", ["暖气不热", "还是不热", "填写其他地址", "望京花园1号楼1单元101", "地址写错了，是望京花园3号楼2单元501", Phone, "跳过", "1", "确认提交"]) with
        {
            Order = WorkOrderCategory.RepairNotWarm, Address = Address,
        });

        // Changes at review.
        cases.Add(Case("review: change the phone", ["暖气不热", "还是不热", .. AddressAndPhone, "跳过", "1", "改电话", "13900001111", "确认提交"]) with
        {
            Order = WorkOrderCategory.RepairNotWarm, Phone = "13900001111",
        });
        cases.Add(Case("review: change the address", ["暖气不热", "还是不热", .. AddressAndPhone, "跳过", "1", "改地址", "填写其他地址", "学院路小区12号楼1单元302", "确认提交"]) with
        {
            Order = WorkOrderCategory.RepairNotWarm, Address = "学院路小区12号楼1单元302", Phone = Phone,
        });
        cases.Add(Case("review: change the window", ["暖气不热", "还是不热", .. AddressAndPhone, "跳过", "1", "改上门时间", "3", "确认提交"]) with
        {
            Order = WorkOrderCategory.RepairNotWarm, VisitStart = "11-23 08:00", LastSays = ["预约上门时间：11月23日（周一）08:00-10:00"],
        });
        cases.Add(Case("review: change the description", ["暖气不热", "还是不热", .. AddressAndPhone, "跳过", "1", "改问题描述", "主卧和客厅的暖气都不热", "确认提交"]) with
        {
            Order = WorkOrderCategory.RepairNotWarm, Content = "主卧和客厅的暖气都不热",
        });
        cases.Add(Case("review shows every field", ["暖气不热", "还是不热", .. AddressAndPhone, "跳过", "1"]) with
        {
            LastSays = ["问题：暖气不热", "地址：望京花园3号楼2单元501", "电话：13812345678", "上门时间：11月22日（周日）14:00-16:00"],
        });
        cases.Add(Case("leaving at review submits nothing", ["暖气不热", "还是不热", .. AddressAndPhone, "跳过", "1", "算了"]) with { LastSays = ["没有提交"] });

        // Details given early are not asked again.
        cases.Add(Case("address and phone in the first message", "望京花园3号楼2单元501 暖气片漏水了 电话13812345678") with
        {
            Order = WorkOrderCategory.RepairLeak, Phone = Phone, Address = Address, NeverSays = ["请留下联系电话", "请填写详细地址"],
        });
        cases.Add(Case("phone in the first message", "暖气片漏水了，我电话13812345678", "填写其他地址", Address) with
        {
            Order = WorkOrderCategory.RepairLeak, Phone = Phone, NeverSays = ["请留下联系电话"],
        });
        cases.Add(Case("address in the first message", "我家住望京花园3号楼2单元501，暖气片漏水了", Phone) with
        {
            Order = WorkOrderCategory.RepairLeak, Address = Address, NeverSays = ["请填写详细地址", "您还没有绑定户号"],
        });
        cases.Add(Case("address and phone in one answer", "暖气片漏水了", "填写其他地址", "望京花园3号楼2单元501 电话13812345678") with
        {
            Order = WorkOrderCategory.RepairLeak, Phone = Phone, Address = Address, NeverSays = ["请留下联系电话"],
        });
        cases.Add(Case("not warm with address and phone early", ["暖气不热，望京花园3号楼2单元501，13812345678", "还是不热", "跳过", "1", "确认提交"]) with
        {
            Order = WorkOrderCategory.RepairNotWarm, Phone = Phone, Address = Address,
        });
        cases.Add(Case("night: address and phone early", "望京花园3号楼2单元501 暖气片漏水了 电话13812345678") with
        {
            Order = WorkOrderCategory.RepairLeak, Night = true, Phone = Phone,
        });

        // Misunderstood answers keep what was typed.
        cases.Add(Case("three wrong phones keep the form", "暖气片漏水了", "填写其他地址", Address, "不知道", "123", "一二三", Phone) with
        {
            Order = WorkOrderCategory.RepairLeak, Phone = Phone, Address = Address, Says = ["已填写的内容都保留着"],
        });
        cases.Add(Case("three wrong kinds keep the form", ["报修", "啊", "哦哦哦哦", "嗯？", "漏水", "卫生间暖气管滴水", .. AddressAndPhone]) with
        {
            Order = WorkOrderCategory.RepairLeak,
        });
        cases.Add(Case("an address typed at the home question", "暖气片漏水了", Address, Phone) with { Order = WorkOrderCategory.RepairLeak, Address = Address, Phone = Phone });
        cases.Add(Case("address and phone typed at the home question", "暖气片漏水了", "望京花园3号楼2单元501，13812345678") with
        {
            Order = WorkOrderCategory.RepairLeak, Address = Address, Phone = Phone,
        });
        return Table([.. cases]);
    }
}
