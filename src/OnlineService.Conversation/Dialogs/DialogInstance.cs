using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnlineService.Conversation.Dialogs;

/// <summary>
/// One entry of the dialog stack: which dialog, and its own state as JSON. Each dialog reads and writes its state
/// as one typed record (<see cref="ReadState{T}"/>), never as a string-keyed bag.
/// </summary>
public sealed class DialogInstance
{
    public required string Id { get; init; }

    public JsonNode? State { get; set; }

    public T ReadState<T>() where T : class =>
        State?.Deserialize<T>(DialogJson.Options)
        ?? throw new InvalidOperationException($"The dialog '{Id}' has no stored state of type {typeof(T).Name}.");

    public void WriteState<T>(T state) where T : class => State = JsonSerializer.SerializeToNode(state, DialogJson.Options);
}

internal static class DialogJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
