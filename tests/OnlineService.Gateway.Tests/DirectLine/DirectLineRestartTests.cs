using System.Net;
using System.Text.Json.Nodes;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests.DirectLine;

/// <summary>A gateway restart between two messages: the token, the history, the watermark and the dialog all carry on.</summary>
public sealed class DirectLineRestartTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_restart_between_two_messages_loses_nothing_and_the_conversation_continues()
    {
        string conversationId;
        string token;
        string watermark;
        JsonArray before;
        await using (var first = LiveGateway.Start(_data.Path))
        {
            (conversationId, token) = await DirectLineClient.GenerateAsync(first.Http);
            (await DirectLineClient.SendAsync(first.Http, HttpMethod.Post, "v3/directline/conversations", token)).EnsureSuccessStatusCode();
            var hello = await PostAsync(first, conversationId, token, "你好", "c-1");
            before = await DirectLineClient.WaitForHistoryAsync(first.Http, conversationId, token,
                h => h.Any(a => a!["replyToId"]?.GetValue<string>() == hello));
            await Task.Delay(500, TestContext.Current.CancellationToken); // the rest of the turn's replies
            using var page = await DirectLineClient.SendAsync(first.Http, HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", token);
            var set = await DirectLineClient.ReadObjectAsync(page);
            before = set["activities"]!.AsArray();
            watermark = set["watermark"]!.GetValue<string>();
        }

        await using var second = LiveGateway.Start(_data.Path);
        using var reconnect = await DirectLineClient.SendAsync(second.Http, HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark={watermark}", token);
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);

        // "4" picks the fourth item of the menu the bot offered before the restart (发票): the dialog state survived.
        var choice = await PostAsync(second, conversationId, token, "4", "c-2");
        var after = await DirectLineClient.WaitForHistoryAsync(second.Http, conversationId, token,
            h => h.Any(a => a!["replyToId"]?.GetValue<string>() == choice), watermark);
        var full = await DirectLineClient.WaitForHistoryAsync(second.Http, conversationId, token, h => h.Count >= before.Count + after.Count);

        Assert.Equal(choice, after[0]!["id"]!.GetValue<string>());
        Assert.Contains(after, a => a!["replyToId"]?.GetValue<string>() == choice && a["text"]!.GetValue<string>().Contains("发票", StringComparison.Ordinal));
        Assert.Equal(Ids(before).Concat(Ids(after)), Ids(full).Take(before.Count + after.Count));
        Assert.Equal(Ids(full).Count(), Ids(full).Distinct().Count());
        Assert.Single(full, a => a!["text"]?.GetValue<string>().Contains("欢迎", StringComparison.Ordinal) == true);
    }

    private static async Task<string> PostAsync(LiveGateway gateway, string conversationId, string token, string text, string clientActivityId)
    {
        using var response = await DirectLineClient.SendAsync(gateway.Http, HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token,
            new { type = "message", text, channelData = new { clientActivityID = clientActivityId } });
        response.EnsureSuccessStatusCode();
        return (await DirectLineClient.ReadObjectAsync(response))["id"]!.GetValue<string>();
    }

    private static IEnumerable<string> Ids(JsonArray activities) => activities.Select(a => a!["id"]!.GetValue<string>());
}
