using OnlineService.Services.WorkOrders;

namespace OnlineService.Dialogs.WorkOrders;

/// <summary>What a request dialog collected so far; kept on the dialog stack between turns.</summary>
internal sealed class WorkOrderRequest
{
    public WorkOrderCategory? Category { get; set; }

    /// <summary>The resident's first message when the dialog was started by understanding it (a description already).</summary>
    public string? FirstMessage { get; set; }

    public string Content { get; set; } = "";

    public List<string> ReportedPeople { get; set; } = [];

    /// <summary>Account numbers offered as choices, in order.</summary>
    public List<string> OfferedAccounts { get; set; } = [];

    /// <summary>True while the resident is binding an account from inside the request.</summary>
    public bool Binding { get; set; }

    public string? AccountNumber { get; set; }

    public string? Address { get; set; }

    public string? Requester { get; set; }

    public string? RegisteredPhone { get; set; }

    public string? Phone { get; set; }

    public List<string> PhotoUrls { get; set; } = [];

    public List<VisitSlot> OfferedSlots { get; set; } = [];

    public VisitSlot? Visit { get; set; }
}
