using System.Globalization;
using System.Text.Json;

namespace OnlineService.Services.Handoff;

/// <summary>The due items of the handoff: the reply guard of each message and the agent-silence handback of each assignment.</summary>
public static class HandoffDueItems
{
    /// <summary>Fires <see cref="AgentDeskOptions.BusyResponseAfter"/> after a message: answers it if nobody has.</summary>
    public const string ReplyGuardKind = "handoff.reply-guard";

    /// <summary>Fires <see cref="AgentDeskOptions.AgentSilence"/> after an agent's last activity: hands back to the bot if still silent.</summary>
    public const string SilenceKind = "handoff.silence";

    public static IReadOnlyCollection<string> Kinds { get; } = [ReplyGuardKind, SilenceKind];

    public static string ReplyGuardId(string clockId) => $"{ReplyGuardKind}:{clockId}";

    /// <summary>One item per activity stamp: a later reply schedules a new item, and the stale one finds the stamp moved and does nothing.</summary>
    public static string SilenceId(string ticketId, DateTimeOffset since) =>
        $"{SilenceKind}:{ticketId}:{since.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}";

    public static string ReplyGuardPayload(string clockId) => JsonSerializer.Serialize(new GuardPayload(clockId));

    public static string SilencePayload(string ticketId, DateTimeOffset since) => JsonSerializer.Serialize(new SilencePayloadData(ticketId, since));

    public static string ClockIdOf(string payloadJson) =>
        JsonSerializer.Deserialize<GuardPayload>(payloadJson)?.ClockId
        ?? throw new InvalidDataException($"A {ReplyGuardKind} item has no clock id: {payloadJson}");

    public static (string TicketId, DateTimeOffset Since) SilenceOf(string payloadJson) =>
        JsonSerializer.Deserialize<SilencePayloadData>(payloadJson) is { } data
            ? (data.TicketId, data.Since)
            : throw new InvalidDataException($"A {SilenceKind} item has no ticket: {payloadJson}");

    private sealed record GuardPayload(string ClockId);

    private sealed record SilencePayloadData(string TicketId, DateTimeOffset Since);
}
