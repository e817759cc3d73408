namespace OnlineService.Dialogs.Content;

/// <summary>Work-order texts (section <c>workOrders</c>): the request dialogs, progress, notices and the callback survey.</summary>
public sealed class WorkOrderTexts
{
    public string KindPrompt { get; set; } = "";

    public string KindRetry { get; set; } = "";

    public string KindLeak { get; set; } = "";

    public string KindNotWarm { get; set; } = "";

    public string KindTemperatureCheck { get; set; } = "";

    public string KindOther { get; set; } = "";

    public string LeakSafety { get; set; } = "";

    public string NotWarmGuide { get; set; } = "";

    public string NotWarmAskSolved { get; set; } = "";

    public string NotWarmFixed { get; set; } = "";

    public string NotWarmStill { get; set; } = "";

    public string NotWarmSolved { get; set; } = "";

    public List<string> RequestWords { get; set; } = [];

    public string AskProblem { get; set; } = "";

    public string ProblemRetry { get; set; } = "";

    public string AskAccount { get; set; } = "";

    public string AccountRetry { get; set; } = "";

    public string OtherAddress { get; set; } = "";

    public string BindAccount { get; set; } = "";

    public string AskBindOrAddress { get; set; } = "";

    public string AskAddress { get; set; } = "";

    public string AddressRetry { get; set; } = "";

    public string UsePhone { get; set; } = "";

    public string OtherPhone { get; set; } = "";

    public string AskUsePhone { get; set; } = "";

    public string AskPhone { get; set; } = "";

    public string PhoneRetry { get; set; } = "";

    public string AskPhotos { get; set; } = "";

    public string PhotosRetry { get; set; } = "";

    public List<string> SkipWords { get; set; } = [];

    public string AskWindow { get; set; } = "";

    public string AskWindowAny { get; set; } = "";

    public string WindowRetry { get; set; } = "";

    public string AskReported { get; set; } = "";

    public List<string> UnknownWords { get; set; } = [];

    public string AskReportContent { get; set; } = "";

    public string AskComplaintContent { get; set; } = "";

    public string AskSuggestionContent { get; set; } = "";

    public string AskPraiseContent { get; set; } = "";

    public string Created { get; set; } = "";

    public string CreatedDue { get; set; } = "";

    public string CreatedLeak { get; set; } = "";

    public string CreatedReport { get; set; } = "";

    public string CreatedThanks { get; set; } = "";

    public string CreatedPraise { get; set; } = "";

    public string CreatedFollowUp { get; set; } = "";

    public string RaisedAgain { get; set; } = "";

    public string BecameComplaint { get; set; } = "";

    public string Failed { get; set; } = "";

    public string StatusNone { get; set; } = "";

    public string StatusHeader { get; set; } = "";

    public string StatusLine { get; set; } = "";

    public string StatusHandler { get; set; } = "";

    public string StatusNext { get; set; } = "";

    public string StatusAgreed { get; set; } = "";

    public Dictionary<string, string> Categories { get; set; } = [];

    public Dictionary<string, string> Stages { get; set; } = [];

    public Dictionary<string, string> Milestones { get; set; } = [];

    public WorkOrderNoticeTexts Notices { get; set; } = new();

    public CallbackSurveyTexts Survey { get; set; } = new();
}
