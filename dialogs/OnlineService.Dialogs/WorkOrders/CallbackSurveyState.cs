namespace OnlineService.Dialogs.WorkOrders;

/// <summary>The survey's answers between turns.</summary>
internal sealed class CallbackSurveyState
{
    public string Number { get; set; } = "";

    public bool Satisfied { get; set; }

    public int? Score { get; set; }
}
