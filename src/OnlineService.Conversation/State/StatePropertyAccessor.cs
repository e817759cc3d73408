using System.Text.Json;

namespace OnlineService.Conversation.State;

/// <summary>A typed property of a <see cref="BotState"/> document. Objects it returns may be mutated in place.</summary>
public sealed class StatePropertyAccessor<T>(BotState state, string name) where T : class
{
    public string Name { get; } = name;

    public Task<T> GetAsync(Turns.ITurnContext turn, Func<T> defaultFactory, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var cached = state.GetCached(turn);
        if (cached.Live.TryGetValue(Name, out var live))
        {
            return Task.FromResult((T)live);
        }

        var value = cached.Document[Name] is { } node
            ? node.Deserialize<T>(BotState.JsonOptions) ?? defaultFactory()
            : defaultFactory();
        cached.Live[Name] = value;
        return Task.FromResult(value);
    }

    public Task SetAsync(Turns.ITurnContext turn, T value, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        state.GetCached(turn).Live[Name] = value;
        return Task.CompletedTask;
    }

    public Task DeleteAsync(Turns.ITurnContext turn, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var cached = state.GetCached(turn);
        cached.Live.Remove(Name);
        cached.Document.Remove(Name);
        return Task.CompletedTask;
    }
}
