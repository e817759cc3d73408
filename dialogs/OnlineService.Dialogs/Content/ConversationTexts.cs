namespace OnlineService.Dialogs.Content;

/// <summary>
/// Conversation management (section <c>conversation</c>): small talk, leaving or going back in a form, corrections,
/// switching tasks and second requests in one message.
/// </summary>
public sealed class ConversationTexts
{
    public List<string> ThanksWords { get; set; } = [];

    public List<string> AcknowledgeWords { get; set; } = [];

    public List<string> GoodbyeWords { get; set; } = [];

    public List<string> PresenceWords { get; set; } = [];

    public List<string> RobotWords { get; set; } = [];

    public string Thanks { get; set; } = "";

    public string Acknowledge { get; set; } = "";

    public string Goodbye { get; set; } = "";

    public string Presence { get; set; } = "";

    public string Robot { get; set; } = "";

    public List<string> LeaveWords { get; set; } = [];

    public List<string> BackWords { get; set; } = [];

    public List<string> CorrectionMarkers { get; set; } = [];

    public string Left { get; set; } = "";

    public string BackAtStart { get; set; } = "";

    public string WentBack { get; set; } = "";

    public string KeepOrSwitch { get; set; } = "";

    public string Keep { get; set; } = "";

    public string SwitchTo { get; set; } = "";

    public string Switched { get; set; } = "";

    public string SecondQueued { get; set; } = "";

    public string SecondNow { get; set; } = "";

    public string SecondAnswered { get; set; } = "";

    public string NotOnlineWithFaq { get; set; } = "";

    public string TooManyAttemptsKeep { get; set; } = "";

    public string Urge { get; set; } = "";

    public string ComplaintApology { get; set; } = "";

    public string TooHot { get; set; } = "";

    public string BindOrAddressRetry { get; set; } = "";

    public string AskEvidencePhotos { get; set; } = "";

    public string Skip { get; set; } = "";

    public string ReviewHeader { get; set; } = "";

    public string ReviewContent { get; set; } = "";

    public string ReviewAddress { get; set; } = "";

    public string ReviewPhone { get; set; } = "";

    public string ReviewWindow { get; set; } = "";

    public string ReviewFooter { get; set; } = "";

    public string ReviewRetry { get; set; } = "";

    public string ConfirmSubmit { get; set; } = "";

    public string ChangeContent { get; set; } = "";

    public string ChangeAddress { get; set; } = "";

    public string ChangePhone { get; set; } = "";

    public string ChangeWindow { get; set; } = "";

    public string CreatedWindow { get; set; } = "";

    public string Corrected { get; set; } = "";

    public string OrderCorrectAsk { get; set; } = "";

    public string OrderCorrected { get; set; } = "";

    public string OrderCorrectNone { get; set; } = "";

    public string OrderCorrectNotUnderstood { get; set; } = "";
}
