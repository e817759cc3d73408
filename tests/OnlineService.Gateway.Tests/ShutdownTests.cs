using Microsoft.Extensions.DependencyInjection;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;
using OnlineService.Conversation.Turns;
using OnlineService.Gateway.Inbound;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests;

public sealed class ShutdownTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Stopping_the_gateway_finishes_the_turn_in_flight()
    {
        var slow = new SlowMiddleware();
        InboundAcceptance acceptance;
        var gateway = new GatewayFactory(_data.Path).WithServices(services =>
        {
            services.AddSingleton<IMiddleware>(slow);
            services.AddSingleton<IChannelSender>(new RecordingChannelSender());
        });
        await using (gateway)
        {
            acceptance = await gateway.Services.GetRequiredService<InboundAcceptor>().AcceptAsync(new Activity
            {
                Type = ActivityTypes.Message,
                ChannelId = RecordingChannelSender.Channel,
                Conversation = new ConversationAccount("c1"),
                From = new ChannelAccount("resident-1"),
                Recipient = new ChannelAccount("bot"),
                Text = "你好",
            }, "test:slow", TestContext.Current.CancellationToken);
            await slow.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        }

        // The host has stopped; the turn that was running must have completed with its replies persisted.
        Assert.True(acceptance.Turn.IsCompletedSuccessfully);
        await using var restarted = new GatewayFactory(_data.Path).WithSetting("Turns:RecoveryInterval", "01:00:00");
        var inbound = await restarted.Services.GetRequiredService<IInboundStore>().FindAsync(acceptance.Message.Id, TestContext.Current.CancellationToken);
        Assert.Equal(InboundStatus.Completed, inbound!.Status);
        var replies = await restarted.Services.GetRequiredService<IOutboxStore>().ListForInboundAsync(acceptance.Message.Id, TestContext.Current.CancellationToken);
        Assert.NotEmpty(replies);
    }

    private sealed class SlowMiddleware : IMiddleware
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> continueTurn, CancellationToken cancellationToken = default)
        {
            Entered.TrySetResult();
            // Real time on purpose: the host's shutdown must wait for this turn, which a fake clock cannot show.
            await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
            await continueTurn(cancellationToken);
        }
    }
}
