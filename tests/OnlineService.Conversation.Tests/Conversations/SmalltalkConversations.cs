using OnlineService.Services.WorkOrders;
using static OnlineService.Conversation.Tests.Conversations.Cases;

namespace OnlineService.Conversation.Tests.Conversations;

/// <summary>Small talk and closings are their own intents: answered in a line, never the start of a form (issue 11 §2).</summary>
public sealed class SmalltalkConversations
{
    private static readonly Dictionary<string, ConversationCase> All = Build();

    public static TheoryData<string> Conversations => Names(All);

    [Theory]
    [MemberData(nameof(Conversations))]
    public Task Run(string name) => ConversationRunner.RunAsync(All[name]);

    private static Dictionary<string, ConversationCase> Build()
    {
        var cases = new List<ConversationCase>();
        string[] thanks = ["谢谢", "好的谢谢", "好的，谢谢！", "谢谢你", "多谢了", "太感谢了", "thanks", "辛苦了"];
        foreach (var (text, i) in thanks.Select((t, i) => (t, i)))
        {
            cases.Add(Case($"thanks alone: {text}", text) with { LastSays = ["不客气"], NeverSays = ["联系电话", "请选择"], HandedOver = false, Night = i % 2 == 1 });
        }

        string[] closings = ["再见", "拜拜", "没事了", "好的再见", "没有了谢谢"];
        foreach (var text in closings)
        {
            cases.Add(Case($"closing: {text}", text) with { LastSays = ["祝您生活愉快"], NeverSays = ["联系电话"], HandedOver = false });
        }

        string[] acknowledgements = ["好的", "嗯嗯", "ok", "知道了", "收到"];
        foreach (var text in acknowledgements)
        {
            cases.Add(Case($"acknowledgement: {text}", text) with { LastSays = ["还有其他需要"], NeverSays = ["联系电话", "抱歉，我不太确定"] });
        }

        cases.Add(Case("are you there", "在吗") with { LastSays = ["在的"], HandedOver = false });
        cases.Add(Case("anybody there at night", "有人吗？") with { LastSays = ["在的"], Night = true });
        cases.Add(Case("are you a robot", "你是机器人吗") with { LastSays = ["智能客服", "转人工"], HandedOver = false });
        cases.Add(Case("real person?", "你是真人吗？") with { LastSays = ["智能客服"] });
        cases.Add(Case("thanks after an FAQ answer", "暖气费多少钱一平米", "好的谢谢") with { Says = ["每平方米"], LastSays = ["不客气"], NeverSays = ["联系电话"] });
        cases.Add(Case("ok after an FAQ answer, then a closing", "什么时候开始供暖", "好的", "再见") with { LastSays = ["祝您生活愉快"] });
        cases.Add(Case("thanks after a leak order", [.. Leak("家里暖气片漏水了"), "好的谢谢"]) with
        {
            Order = WorkOrderCategory.RepairLeak, LastSays = ["不客气"], Phone = Phone, Address = Address,
        });
        cases.Add(Case("ok after the leak safety advice keeps the form", ["暖气片漏水了", "好的", .. AddressAndPhone]) with
        {
            Order = WorkOrderCategory.RepairLeak, Phone = Phone, NeverSays = ["抱歉，我还没能理解"],
        });
        cases.Add(Case("thanks in the middle of a form is answered and the form goes on", ["暖气片漏水了", "谢谢", .. AddressAndPhone]) with
        {
            Order = WorkOrderCategory.RepairLeak, Says = ["不客气"],
        });
        cases.Add(Case("robot question in a form", ["暖气片漏水了", "你是机器人吗", .. AddressAndPhone]) with
        {
            Order = WorkOrderCategory.RepairLeak, Says = ["智能客服"],
        });
        cases.Add(Case("goodbye in a form leaves it", "我要报修", "再见") with { LastSays = ["已取消"] });
        cases.Add(Case("thanks with a real request is the request", "谢谢，暖气还是不热") with { Says = ["放气阀"], NeverSays = ["不客气"] });
        cases.Add(Case("hello shows the menu once", "你好", "谢谢") with { Says = ["您好，欢迎使用"], LastSays = ["不客气"] });
        cases.Add(Case("puzzled 嗯？ is not agreement at the menu", "嗯？") with { NeverSays = ["联系电话"] });
        return Table([.. cases]);
    }
}
