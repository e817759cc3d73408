using OnlineService.Services.WorkOrders;

namespace OnlineService.Dialogs.WorkOrders;

/// <summary>
/// What a request dialog collected so far; kept on the dialog stack between turns. The form's steps skip what is
/// already here, so the form can be restarted with a field cleared (back one step, a correction, a change at review)
/// and asks only for what is missing.
/// </summary>
internal sealed class WorkOrderRequest
{
    public WorkOrderCategory? Category { get; set; }

    /// <summary>The resident's first message when the dialog was started by understanding it (a description already).</summary>
    public string? FirstMessage { get; set; }

    /// <summary>True once the opening message was read (description and details given early).</summary>
    public bool Started { get; set; }

    /// <summary>True once the safety advice or the not-warm guidance was given (never twice).</summary>
    public bool Guided { get; set; }

    public string Content { get; set; } = "";

    public List<string> ReportedPeople { get; set; } = [];

    /// <summary>True once the reported people were asked for (a report).</summary>
    public bool ReportedAsked { get; set; }

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

    /// <summary>True once the photos were asked for and answered (or skipped).</summary>
    public bool PhotosDone { get; set; }

    public List<VisitSlot> OfferedSlots { get; set; } = [];

    public VisitSlot? Visit { get; set; }

    /// <summary>The fields the resident answered, in order (<see cref="RequestField"/>): "back" forgets the last one.</summary>
    public List<string> Answered { get; set; } = [];

    public void MarkAnswered(string field)
    {
        Answered.Remove(field);
        Answered.Add(field);
    }

    /// <summary>Forgets a field so the form asks for it again.</summary>
    public void Clear(string field)
    {
        Answered.Remove(field);
        switch (field)
        {
            case RequestField.Kind:
                Category = null;
                Guided = false;
                break;
            case RequestField.Solved:
                Guided = false;
                break;
            case RequestField.Content:
                Content = "";
                FirstMessage = null;
                break;
            case RequestField.Reported:
                ReportedPeople = [];
                ReportedAsked = false;
                break;
            case RequestField.Home:
                AccountNumber = null;
                Address = null;
                Requester = null;
                RegisteredPhone = null;
                break;
            case RequestField.Phone:
                Phone = null;
                break;
            case RequestField.Photos:
                PhotoUrls = [];
                PhotosDone = false;
                break;
            case RequestField.Visit:
                Visit = null;
                break;
        }
    }
}

/// <summary>The names of a request's fields, as kept in <see cref="WorkOrderRequest.Answered"/>.</summary>
internal static class RequestField
{
    public const string Kind = "kind";
    public const string Solved = "solved";
    public const string Content = "content";
    public const string Reported = "reported";
    public const string Home = "home";
    public const string Phone = "phone";
    public const string Photos = "photos";
    public const string Visit = "visit";
}
