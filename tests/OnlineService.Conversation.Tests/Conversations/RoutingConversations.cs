using OnlineService.Services.WorkOrders;
using static OnlineService.Conversation.Tests.Conversations.Cases;

namespace OnlineService.Conversation.Tests.Conversations;

/// <summary>
/// Routing that trusts understanding (issue 11 §2): FAQ before "not online yet", complaints and praise never in the
/// repair menu, urging is progress, too warm is not "not warm", raised three times is a complaint, a follow is a fresh
/// start, and no option ever goes unanswered.
/// </summary>
public sealed class RoutingConversations
{
    private static readonly Dictionary<string, ConversationCase> All = Build();

    public static TheoryData<string> Conversations => Names(All);

    [Theory]
    [MemberData(nameof(Conversations))]
    public Task Run(string name) => ConversationRunner.RunAsync(All[name]);

    private static Dictionary<string, ConversationCase> Build()
    {
        var cases = new List<ConversationCase>
        {
            // FAQ before "not online yet" (the examples first).
            Case("how to pay, can WeChat pay", "怎么交暖气费，微信能交不") with { LastSays = ["暖气费可以通过这些方式交"], NeverSays = ["暂不能在线办理"], HandedOver = false },
            Case("how to get an invoice", "发票怎么开") with { LastSays = ["电子发票"], NeverSays = ["暂不能在线办理"] },
            Case("what papers for suspending", "报停需要啥手续") with { LastSays = ["报停"], NeverSays = ["暂不能在线办理"] },
            Case("hotline number is answered, not handed over", "客服电话多少") with { LastSays = ["服务热线是96069"], HandedOver = false },
            Case("hotline at night", "你们电话是多少") with { LastSays = ["96069"], HandedOver = false, Night = true },
            Case("where to pay", "暖气费在哪交") with { LastSays = ["暖气费可以通过这些方式交"], NeverSays = ["暂不能在线办理"] },
            Case("can alipay pay", "支付宝能交暖气费吗") with { NeverSays = ["暂不能在线办理"] },
            Case("invoice for reimbursement", "电子发票能报销吗") with { LastSays = ["报销"], NeverSays = ["暂不能在线办理"] },
            Case("transfer papers", "过户要带什么材料") with { LastSays = ["过户"], NeverSays = ["暂不能在线办理"] },
            Case("price per square metre", "暖气费多少钱一平米") with { LastSays = ["每平方米"] },
            Case("heating season", "啥时候来暖气") with { LastSays = ["供暖期"] },
            Case("temperature standard", "室温多少度算合格") with { LastSays = ["不低于"] },
            Case("bleeding a radiator", "暖气片怎么放气") with { LastSays = ["放气"] },
            Case("halls and hours", "营业厅在哪") with { LastSays = ["营业厅"] },
            Case("a request not online says so with how it is done", "我要报停") with { Says = ["暂不能在线办理"], LastSays = ["营业厅"] },
            Case("pay now is not online, said plainly with the ways", "我要交暖气费") with { Says = ["暂不能在线办理"] },
            Case("consult then a payment question", "咨询", "暖气费怎么交") with { LastSays = ["暖气费可以通过这些方式交"] },
            Case("consult then a price question", "咨询", "一平米多少钱") with { LastSays = ["每平方米"] },

            // Complaint and praise never in the repair-type menu.
            Case("angry complaint becomes a complaint order and people", ["你们维修师傅态度太差了，我要投诉", .. AddressAndPhone, "确认提交"]) with
            {
                Order = WorkOrderCategory.Complaint, Says = ["非常抱歉", "已为您登记投诉工单"], NeverSays = ["请问是哪类问题", "现场照片"], HandedOver = true,
            },
            Case("complaint at night", ["投诉你们客服电话一直打不通", .. AddressAndPhone, "确认提交"]) with
            {
                Order = WorkOrderCategory.Complaint, Night = true, NeverSays = ["请问是哪类问题"], HandedOver = true,
            },
            Case("praise of a fixed leak is praise", "上次漏水师傅来得很快修得很好，表扬一下", "13812345678", "确认提交") with
            {
                Order = WorkOrderCategory.Praise, Says = ["感谢您的表扬"], NeverSays = ["安全提示", "请先注意安全", "请问是哪类问题"],
            },
            Case("praise of the repairman", "表扬一下王师傅，服务特别好", "13812345678", "确认提交") with { Order = WorkOrderCategory.Praise, NeverSays = ["请问是哪类问题"] },
            Case("praise thanks for a fixed radiator", "暖气不热的问题解决了，谢谢你们的师傅", "13812345678", "确认提交") with { Order = WorkOrderCategory.Praise, NeverSays = ["放气阀"] },

            // Urging is progress, not a suggestion.
            Case("hurry up, urge", "能不能快点 催一下") with { LastSays = ["工单"], NeverSays = ["请写下您的意见或建议"] },
            Case("urge my repair", "催一下我的报修") with { NeverSays = ["请写下您的意见或建议"] },
            Case("urge after a repair order", [.. Leak("暖气片漏水了"), "帮我催一下"]) with
            {
                Order = WorkOrderCategory.RepairLeak, LastSays = ["您正在办理的工单"], NeverSays = ["请写下您的意见或建议"],
            },

            // Too warm is not "not warm".
            Case("too hot at 28 degrees", ["暖气太热了 屋里28度", .. AddressAndPhone, "跳过", "1", "确认提交"]) with
            {
                Order = WorkOrderCategory.RepairOther, Says = ["关小"], NeverSays = ["放气阀", "暖气热起来了吗"],
            },
            Case("too hot, just the advice", "家里太热了 热得睡不着 能调低点吗", "算了") with { Says = ["关小"], NeverSays = ["放气阀"] },

            // Raised three times is a complaint (T/CDHA 9.3.1).
            Case("raised three times still not warm", ["报修三次了还是不热，你们到底管不管", .. AddressAndPhone, "确认提交"]) with
            {
                Order = WorkOrderCategory.Complaint, Says = ["非常抱歉", "升级处理"], NeverSays = ["放气阀"], HandedOver = true,
            },
            Case("raised several times at night", ["反映好几次了还是不热 到底管不管", .. AddressAndPhone, "确认提交"]) with
            {
                Order = WorkOrderCategory.Complaint, Night = true, Says = ["非常抱歉"], NeverSays = ["放气阀"],
            },

            // The menu's words inside a question are not the menu.
            Case("a question naming the human item", "客服电话是多少啊") with { HandedOver = false, LastSays = ["96069"] },
            Case("the human item itself", "转人工") with { HandedOver = true },
            Case("the menu number picks the item", "你好", "2") with { LastSays = ["请问是哪类问题"] },
            Case("the repair item by name", "报修") with { LastSays = ["请问是哪类问题"] },

            // A follow is a fresh start, and no option goes unanswered.
            Case("follow while a form was pending is a fresh start", "我要报修", "@follow") with { LastSays = ["您好，欢迎使用"] },
            Case("follow while the address was asked", "暖气片漏水了", "@follow", "谢谢") with { Says = ["您好，欢迎使用"], LastSays = ["不客气"] },
            Case("first follow greets", "@follow") with { LastSays = ["请问您需要办理什么业务"] },
            Case("clarification options always get a reply", "咨询", "暖气", "都不是") with { NeverSays = [] },
            Case("nonsense twice is told what the bot can do", "阿巴阿巴", "呜啦啦") with { LastSays = ["帮不上忙"], HandedOver = false },
            Case("tapping a clarification option gets a reply", "咨询", "暖气费怎么弄", "1") with { NeverSays = [] },
            Case("out of scope", "帮我订一张机票") with { LastSays = ["帮不上忙"] },
        };

        // Colloquial first messages of the common tasks, day and night: each ends with the right order.
        string[] leaks = ["暖气片漏水了", "家里暖气管子在滴水", "暖气阀门那里一直渗水", "卫生间暖气管接头漏水"];
        foreach (var (text, i) in leaks.Select((t, i) => (t, i)))
        {
            cases.Add(Case($"leak: {text}", Leak(text)) with { Order = WorkOrderCategory.RepairLeak, Night = i % 2 == 0, Phone = Phone, Address = Address, Says = ["请先注意安全"] });
        }

        string[] cold = ["暖气不热", "家里暖气一点都不热", "暖气片冰凉的", "屋里太冷了 暖气不热", "nuanqi不热"];
        foreach (var (text, i) in cold.Select((t, i) => (t, i)))
        {
            cases.Add(Case($"not warm: {text}", NotWarm(text)) with { Order = WorkOrderCategory.RepairNotWarm, Night = i % 2 == 1, Says = ["放气阀"] });
        }

        string[] hotline = ["客服电话多少", "你们热线是多少", "打哪个电话报修"];
        foreach (var text in hotline)
        {
            cases.Add(Case($"hotline at night: {text}", text) with { Night = true, LastSays = ["96069"], HandedOver = false });
        }

        return Table([.. cases]);
    }
}
