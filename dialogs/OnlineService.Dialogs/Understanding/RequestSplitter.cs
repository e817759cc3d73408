namespace OnlineService.Dialogs.Understanding;

/// <summary>
/// Splits a message into the requests it joins ("暖气不热，另外问下暖气费多少钱"): at sentence ends and at words that add
/// a further request. A message without such a joint is one request.
/// </summary>
public static class RequestSplitter
{
    private static readonly string[] Joints = ["另外", "还有就是", "还有", "顺便问", "顺便", "对了", "再问一下", "再问下", "还想问", "还想", "此外", "以及"];
    private static readonly char[] Ends = ['。', '？', '?', '！', '!', '；', ';', '\n'];

    public static IReadOnlyList<string> Split(string text)
    {
        var marked = Joints.Aggregate(text, (current, joint) => current.Replace(joint, "\n", StringComparison.Ordinal));
        return [.. marked.Split(Ends, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Trim('，', ',', '、', ' '))
            .Where(part => part.Length >= 3)];
    }
}
