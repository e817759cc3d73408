using System.Globalization;
using OnlineService.Dialogs.Content;
using OnlineService.Services.Handoff;

namespace OnlineService.Dialogs.Handoff;

/// <summary>Renders what residents read about the handoff from the content (section <c>handoff</c>), for the dialogs and the desk alike.</summary>
public sealed class HandoffWording(TextCatalog catalog, AgentDeskOptions options)
{
    private HandoffTexts Texts => catalog.Texts.Handoff;

    /// <summary>The answer to a handoff request.</summary>
    public string Outcome(HandoffOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Kind switch
        {
            HandoffOutcomeKind.Assigned => Render(Texts.Assigned, outcome.AgentName, null),
            HandoffOutcomeKind.Queued when outcome.Queue is { NobodyAttending: true } => Render(Texts.QueuedNobodyOnline, null, outcome.Queue),
            HandoffOutcomeKind.Queued => Render(Texts.Queued, null, outcome.Queue),
            HandoffOutcomeKind.OffHours => Render(Texts.OffHoursClosed, null, null),
            _ => Render(Texts.Unavailable, null, null),
        };
    }

    /// <summary>A desk notice.</summary>
    public string Notice(ResidentNotice notice, string? agentName, QueuePosition? queue) => notice switch
    {
        ResidentNotice.Assigned => Render(Texts.Assigned, agentName, null),
        ResidentNotice.Busy when queue is not null => Render(Texts.BusyQueued, null, queue),
        ResidentNotice.Busy => Render(Texts.Busy, null, null),
        ResidentNotice.OffHours => Render(Texts.OffHours, null, null),
        ResidentNotice.Apology => Render(Texts.Apology, null, null),
        ResidentNotice.Transferred when queue is not null => Render(Texts.TransferredToQueue, null, queue),
        ResidentNotice.Transferred => Render(Texts.TransferredToAgent, agentName, null),
        ResidentNotice.Closed => Render(Texts.Closed, null, null),
        ResidentNotice.SilenceHandback => Render(Texts.SilenceHandback, null, null),
        _ => Render(Texts.Delayed, null, null),
    };

    private string Render(string template, string? agentName, QueuePosition? queue) =>
        catalog.Render(
            template,
            ("agent", agentName ?? ""),
            ("position", (queue?.Position ?? 1).ToString(CultureInfo.InvariantCulture)),
            ("wait", Math.Max(1, (int)Math.Ceiling((queue?.ExpectedWait ?? TimeSpan.Zero).TotalMinutes)).ToString(CultureInfo.InvariantCulture)),
            ("hours", $"{Clock(options.ServiceHoursStart)}–{Clock(options.ServiceHoursEnd)}"));

    private static string Clock(TimeSpan time) => time.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
