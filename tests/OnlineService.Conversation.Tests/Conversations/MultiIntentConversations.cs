using OnlineService.Services.WorkOrders;
using static OnlineService.Conversation.Tests.Conversations.Cases;

namespace OnlineService.Conversation.Tests.Conversations;

/// <summary>Two requests in one message (issue 11 §4): the second is answered at once or served after the first.</summary>
public sealed class MultiIntentConversations
{
    private static readonly Dictionary<string, ConversationCase> All = Build();

    public static TheoryData<string> Conversations => Names(All);

    [Theory]
    [MemberData(nameof(Conversations))]
    public Task Run(string name) => ConversationRunner.RunAsync(All[name]);

    private static Dictionary<string, ConversationCase> Build() => Table(
        Case("not warm, and the price", "暖气不热，另外问下暖气费多少钱") with { Says = ["每平方米", "放气阀"] },
        Case("not warm and the price to the order", NotWarm("暖气不热，另外问下暖气费多少钱一平米")) with { Order = WorkOrderCategory.RepairNotWarm, Says = ["每平方米"] },
        Case("leak and the hotline", "暖气片漏水了，顺便问下你们客服电话多少") with { Says = ["96069", "请先注意安全"] },
        Case("heating season and not warm", "什么时候开始供暖？我家暖气不热") with { Says = ["供暖期", "放气阀"] },
        Case("leak then status queued", [.. Leak("暖气片漏水了，还有我上次的报修到哪了")]) with
        {
            Order = WorkOrderCategory.RepairLeak, Says = ["办完我再接着为您办理", "您正在办理的工单"],
        },
        Case("price and payment", "暖气费多少钱一平米？另外暖气费在哪里交") with { Says = ["每平方米", "暖气费可以通过这些方式交"] },
        Case("invoice and hotline", "发票怎么开？另外客服电话多少") with { Says = ["电子发票", "96069"] },
        Case("bleeding and temperature standard", "暖气片怎么放气？室温多少度算合格") with { Says = ["放气", "不低于"] },
        Case("one request with a comma is one", "暖气不热，卧室特别凉") with { Says = ["放气阀"], NeverSays = ["您还提到了", "您还问到了"] },
        Case("not warm, also complaint later", "暖气不热，另外我要投诉你们客服态度差") with { Says = ["您还提到了"] });
}
