namespace OnlineService.Conversation.Tests.Dialogs;

/// <summary>The typed state of the sample visit dialog: what a repair visit needs.</summary>
public sealed class VisitRequest
{
    public string? Kind { get; set; }

    public string? Problem { get; set; }

    public decimal Rooms { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public DateTimeOffset? VisitAt { get; set; }

    public DateTimeOffset? VisitUntil { get; set; }

    public int Photos { get; set; }
}
