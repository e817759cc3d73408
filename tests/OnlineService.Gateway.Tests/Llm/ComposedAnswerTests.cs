using Microsoft.Extensions.DependencyInjection;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;
using OnlineService.Gateway.Inbound;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests.Llm;

/// <summary>With an LLM configured, a question the offline model cannot place is answered from FAQ passages, with sources.</summary>
public sealed class ComposedAnswerTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    private static string FirstPassageId(string prompts) =>
        System.Text.RegularExpressions.Regex.Match(prompts, "编号：([a-z_]+)").Groups[1].Value;

    [Fact]
    public async Task An_unclassified_question_is_answered_from_the_passages_and_names_its_sources()
    {
        // The composer is answered citing the first passage it was given; the intent fallback gets no usable answer,
        // so the offline result (unsure) stands and the composer is asked.
        await using var llm = new ChatCompletionStub(prompts => prompts.Contains("answerable", StringComparison.Ordinal)
            ? $$"""{"answerable":true,"answer":"暖气费按房屋的建筑面积计算，具体单价以公布的收费标准为准。","sources":["{{FirstPassageId(prompts)}}"]}"""
            : "不确定");
        var channel = new RecordingChannelSender();
        await using var gateway = new GatewayFactory(_data.Path)
            .WithSetting("Llm:Enabled", "true")
            .WithSetting("Llm:Endpoint", llm.Endpoint)
            .WithSetting("Llm:Model", "test-model")
            .WithSetting("Llm:ApiKey", "test-key")
            .WithServices(services => services.AddSingleton<IChannelSender>(channel));

        var acceptance = await gateway.Services.GetRequiredService<InboundAcceptor>().AcceptAsync(new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = RecordingChannelSender.Channel,
            Conversation = new ConversationAccount("c-llm"),
            From = new ChannelAccount("resident-1"),
            Recipient = new ChannelAccount("bot"),
            Text = "费用",
        }, "test:llm-1", TestContext.Current.CancellationToken);
        var outcome = await acceptance.Turn.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        var replies = await channel.WaitForAsync(outcome.Replies.Count);

        var answer = Assert.Single(replies);
        Assert.StartsWith("暖气费按房屋的建筑面积计算", answer.Text, StringComparison.Ordinal);
        Assert.Contains("（依据：", answer.Text, StringComparison.Ordinal);
        Assert.True(llm.Calls >= 1);
    }
}
