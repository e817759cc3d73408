using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using OnlineService.Conversation.Turns;

namespace OnlineService.Conversation.State;

/// <summary>
/// One JSON document of state per scope (a conversation, a user), loaded once per turn and saved at its end
/// with the ETag it was read with: a concurrent change makes the save fail instead of being overwritten.
/// Properties are typed through <see cref="StatePropertyAccessor{T}"/>.
/// </summary>
public abstract class BotState(IStateStore store)
{
    private readonly ConditionalWeakTable<ITurnContext, CachedState> _cache = [];

    internal static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);

    public StatePropertyAccessor<T> CreateProperty<T>(string name) where T : class => new(this, name);

    /// <summary>Reads the state for this turn (once; again when <paramref name="force"/>).</summary>
    public async Task LoadAsync(ITurnContext turn, bool force = false, CancellationToken cancellationToken = default)
    {
        if (!force && _cache.TryGetValue(turn, out _))
        {
            return;
        }

        var item = await store.ReadAsync(GetStorageKey(turn), cancellationToken);
        var document = item is null ? [] : JsonNode.Parse(item.Json)?.AsObject() ?? [];
        _cache.AddOrUpdate(turn, new CachedState(document, item?.ETag, item?.Json));
    }

    /// <summary>Writes the state when it changed. Throws <see cref="StateConflictException"/> on a concurrent change.</summary>
    public async Task SaveChangesAsync(ITurnContext turn, CancellationToken cancellationToken = default)
    {
        if (!_cache.TryGetValue(turn, out var cached))
        {
            return;
        }

        foreach (var (name, value) in cached.Live)
        {
            cached.Document[name] = JsonSerializer.SerializeToNode(value, value.GetType(), JsonOptions);
        }

        var json = cached.Document.ToJsonString();
        if (json == cached.StoredJson)
        {
            return;
        }

        cached.ETag = await store.WriteAsync(GetStorageKey(turn), json, cached.ETag, cancellationToken);
        cached.StoredJson = json;
    }

    /// <summary>
    /// The write <see cref="SaveChangesAsync"/> would make, for a caller that commits it together with other writes
    /// (a turn's commit); null when nothing changed. Call <see cref="AcceptChange"/> with the new ETag once committed.
    /// </summary>
    public StateChange? PendingChange(ITurnContext turn)
    {
        if (!_cache.TryGetValue(turn, out var cached))
        {
            return null;
        }

        foreach (var (name, value) in cached.Live)
        {
            cached.Document[name] = JsonSerializer.SerializeToNode(value, value.GetType(), JsonOptions);
        }

        var json = cached.Document.ToJsonString();
        return json == cached.StoredJson ? null : new StateChange(GetStorageKey(turn), json, cached.ETag);
    }

    /// <summary>Records that <paramref name="change"/> (from <see cref="PendingChange"/>) was committed with <paramref name="etag"/>.</summary>
    public void AcceptChange(ITurnContext turn, StateChange change, string etag)
    {
        var cached = GetCached(turn);
        cached.ETag = etag;
        cached.StoredJson = change.Json;
    }

    /// <summary>Forgets everything in this scope (e.g. 重新开始); saved at the end of the turn.</summary>
    public void Clear(ITurnContext turn)
    {
        var cached = GetCached(turn);
        cached.Live.Clear();
        cached.Document.Clear();
    }

    protected abstract string GetStorageKey(ITurnContext turn);

    internal CachedState GetCached(ITurnContext turn) =>
        _cache.TryGetValue(turn, out var cached)
            ? cached
            : throw new InvalidOperationException($"{GetType().Name} was not loaded for this turn; call LoadAsync first.");

    internal sealed class CachedState(JsonObject document, string? etag, string? storedJson)
    {
        public JsonObject Document { get; } = document;

        public string? ETag { get; set; } = etag;

        public string? StoredJson { get; set; } = storedJson;

        /// <summary>Deserialised property objects handed out this turn; serialised back on save so edits are kept.</summary>
        public Dictionary<string, object> Live { get; } = [];
    }
}
