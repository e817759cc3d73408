namespace OnlineService.Conversation.Tests.Conversations;

/// <summary>Building blocks of the conversation tables.</summary>
internal static class Cases
{
    public static readonly string[] AddressAndPhone = ["填写其他地址", "望京花园3号楼2单元501", "13812345678"];

    public const string Address = "望京花园3号楼2单元501";

    public const string Phone = "13812345678";

    /// <summary>A not-warm report from its first message to the submitted order: guidance did not help, photos skipped, first window.</summary>
    public static string[] NotWarm(string first) => [first, "还是不热", .. AddressAndPhone, "跳过", "1", "确认提交"];

    /// <summary>A leak from its first message to the order (no photos, no window, no review).</summary>
    public static string[] Leak(string first) => [first, .. AddressAndPhone];

    public static ConversationCase Case(string name, params string[] turns) => new(name, turns);

    public static Dictionary<string, ConversationCase> Table(params ConversationCase[] cases) =>
        cases.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static TheoryData<string> Names(Dictionary<string, ConversationCase> table) => [.. table.Keys];
}
