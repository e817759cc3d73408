namespace OnlineService.Conversation.Turns;

/// <summary>Per-turn values keyed by their type, so that every value has one owner and one type.</summary>
public sealed class TurnValues
{
    private readonly Dictionary<Type, object> _values = [];

    public void Set<T>(T value) where T : class => _values[typeof(T)] = value;

    public T? Get<T>() where T : class => _values.TryGetValue(typeof(T), out var value) ? (T)value : null;

    public bool Remove<T>() where T : class => _values.Remove(typeof(T));
}
