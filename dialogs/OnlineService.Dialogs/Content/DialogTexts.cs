namespace OnlineService.Dialogs.Content;

/// <summary>Every resident-facing text of the dialogs, loaded from <c>content/texts/zh-CN.yaml</c>.</summary>
public sealed class DialogTexts
{
    public CommonTexts Common { get; set; } = new();

    public InterruptionWords Interruptions { get; set; } = new();

    public MainTexts Main { get; set; } = new();

    public HandoffTexts Handoff { get; set; } = new();

    public UnderstandingTexts Understanding { get; set; } = new();

    public AccountTexts Accounts { get; set; } = new();

    public WorkOrderTexts WorkOrders { get; set; } = new();

    public BindPageTexts BindPage { get; set; } = new();

    public Emergencies.EmergencyTexts Emergencies { get; set; } = new();

    public BillingTexts Billing { get; set; } = new();

    public ConversationTexts Conversation { get; set; } = new();
}

/// <summary>What the bot says around understanding: clarifying questions, honest uncertainty, FAQ answers.</summary>
public sealed class UnderstandingTexts
{
    public string ClarifyPrompt { get; set; } = "";

    public string NoneOfThese { get; set; } = "";

    public string Unsure { get; set; } = "";

    public string OutOfScope { get; set; } = "";

    public string FaqFooter { get; set; } = "";

    public string BackToForm { get; set; } = "";

    /// <summary>The line under an answer composed by the LLM from FAQ passages, naming their sources.</summary>
    public string ComposedSources { get; set; } = "";

    /// <summary>A short title per intent id, as residents read it.</summary>
    public Dictionary<string, string> IntentTitles { get; set; } = [];
}

public sealed class CommonTexts
{
    public string Yes { get; set; } = "";

    public string No { get; set; } = "";

    public string Cancelled { get; set; } = "";

    public string Restarted { get; set; } = "";

    public string Help { get; set; } = "";

    public string Error { get; set; } = "";

    public string TooManyAttempts { get; set; } = "";

    public string NotUnderstood { get; set; } = "";
}

/// <summary>The words that interrupt any dialog, by kind. Matched against the whole (normalised) message.</summary>
public sealed class InterruptionWords
{
    public List<string> Cancel { get; set; } = [];

    public List<string> Help { get; set; } = [];

    public List<string> Restart { get; set; } = [];

    public List<string> Human { get; set; } = [];
}

public sealed class MainTexts
{
    public string Greeting { get; set; } = "";

    public string MenuPrompt { get; set; } = "";

    public string MenuRetry { get; set; } = "";

    public string AnythingElse { get; set; } = "";

    public string ComingSoon { get; set; } = "";

    public string ConsultPrompt { get; set; } = "";

    public List<MenuItem> Menu { get; set; } = [];

    /// <summary>Messages that are only a greeting; answered with the greeting and the menu.</summary>
    public List<string> Greetings { get; set; } = [];
}

public sealed class MenuItem
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public List<string> Synonyms { get; set; } = [];
}

/// <summary>What residents read around human handoff and the reply guarantee (section <c>handoff</c>).</summary>
public sealed class HandoffTexts
{
    /// <summary>Placeholders the handoff texts use besides the configured ones.</summary>
    public static IReadOnlyList<string> Placeholders { get; } = ["agent", "position", "wait", "hours"];

    public string Unavailable { get; set; } = "";

    public string OffHoursClosed { get; set; } = "";

    public string Assigned { get; set; } = "";

    public string Queued { get; set; } = "";

    public string QueuedNobodyOnline { get; set; } = "";

    public string Busy { get; set; } = "";

    public string BusyQueued { get; set; } = "";

    public string OffHours { get; set; } = "";

    public string Apology { get; set; } = "";

    public string TransferredToAgent { get; set; } = "";

    public string TransferredToQueue { get; set; } = "";

    public string Closed { get; set; } = "";

    public string SilenceHandback { get; set; } = "";

    public string Delayed { get; set; } = "";
}
