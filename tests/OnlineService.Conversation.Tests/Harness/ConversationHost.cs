using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Dialogs;
using OnlineService.Conversation.State;
using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.Tests.Harness;

/// <summary>
/// Runs real dialogs turn by turn against the real embedded SQLite store and a fake clock, the way the gateway does:
/// load state, run the root dialog, save state with its ETag. A second host over the same database file is a
/// restarted gateway.
/// </summary>
public sealed class ConversationHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly TurnPipeline _pipeline;
    private int _sequence;

    public ConversationHost(string databasePath, FakeTimeProvider clock, Func<IServiceProvider, Dialog> rootDialog, Action<IServiceCollection>? configure = null)
    {
        Clock = clock;
        DatabasePath = databasePath;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Sqlite:Path"] = databasePath })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(clock)
            .AddLogging()
            .AddOnlineServiceStorage();
        services.AddSingleton<ConversationState>().AddSingleton<UserState>();
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
        _conversationState = _services.GetRequiredService<ConversationState>();
        _userState = _services.GetRequiredService<UserState>();
        var runner = new DialogRunner(rootDialog(_services), _conversationState, NullLogger<DialogRunner>.Instance);
        // Middleware registered by the dialogs (e.g. the callback survey) runs around the root dialog, as in the gateway.
        _pipeline = new TurnPipeline(_services.GetServices<IMiddleware>(), new RunnerTurnHandler(runner));
    }

    public FakeTimeProvider Clock { get; }

    public string DatabasePath { get; }

    public IServiceProvider Services => _services;

    public string ConversationId { get; init; } = "test-conversation";

    public string UserId { get; init; } = "resident-1";

    /// <summary>Sends a message as the resident and returns what the bot answered in that turn.</summary>
    public Task<IReadOnlyList<Activity>> SendAsync(string text, CancellationToken cancellationToken = default) =>
        SendAsync(new Activity { Type = ActivityTypes.Message, Text = text }, cancellationToken);

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        activity.Id ??= $"user-{++_sequence}";
        activity.ChannelId ??= "test";
        activity.Conversation ??= new ConversationAccount(ConversationId);
        activity.From ??= new ChannelAccount(UserId, Role: "user");
        activity.Recipient ??= new ChannelAccount("bot", Role: "bot");
        activity.Timestamp ??= Clock.GetUtcNow();

        var turn = new TurnContext(activity, Clock, _services);
        await _conversationState.LoadAsync(turn, force: true, cancellationToken);
        await _userState.LoadAsync(turn, force: true, cancellationToken);
        await _pipeline.RunAsync(turn, cancellationToken);
        await _userState.SaveChangesAsync(turn, cancellationToken);
        await _conversationState.SaveChangesAsync(turn, cancellationToken);
        return turn.Outgoing;
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
