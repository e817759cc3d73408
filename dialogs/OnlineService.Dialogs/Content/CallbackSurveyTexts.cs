namespace OnlineService.Dialogs.Content;

/// <summary>The callback survey after resolution (回访, T/CDHA 8.6).</summary>
public sealed class CallbackSurveyTexts
{
    public string Ask { get; set; } = "";

    public string Satisfied { get; set; } = "";

    public string Unsatisfied { get; set; } = "";

    public List<string> SatisfiedWords { get; set; } = [];

    public List<string> UnsatisfiedWords { get; set; } = [];

    public string AskScore { get; set; } = "";

    public string ScoreRetry { get; set; } = "";

    public string AskComment { get; set; } = "";

    public List<string> NoCommentWords { get; set; } = [];

    public string Thanks { get; set; } = "";

    public string Redispatched { get; set; } = "";

    public string Escalated { get; set; } = "";

    public string AlreadyDone { get; set; } = "";
}
