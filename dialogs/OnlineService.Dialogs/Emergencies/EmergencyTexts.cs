namespace OnlineService.Dialogs.Emergencies;

/// <summary>What residents read when they report a danger, and the words that recognise one (section <c>emergencies</c>).</summary>
public sealed class EmergencyTexts
{
    public string GasSafety { get; set; } = "";

    public string FloodSafety { get; set; } = "";

    public string GasRecorded { get; set; } = "";

    public string FloodRecorded { get; set; } = "";

    public string Dispatched { get; set; } = "";

    public string NotDispatched { get; set; } = "";

    public string Hotline { get; set; } = "";

    public string AgentAssigned { get; set; } = "";

    public string NoAgentNow { get; set; } = "";

    public string ContactFromAccount { get; set; } = "";

    public string ContactFromMessage { get; set; } = "";

    public string AskContact { get; set; } = "";

    public string AskPhone { get; set; } = "";

    public string AskAddress { get; set; } = "";

    public string ContactTellAgent { get; set; } = "";

    public string ContactSaved { get; set; } = "";

    public string ContactNotUnderstood { get; set; } = "";

    public string GasLabel { get; set; } = "";

    public string FloodLabel { get; set; } = "";

    public string SpreadingLabel { get; set; } = "";

    /// <summary>Words that, anywhere in a message, mean a gas smell.</summary>
    public List<string> GasWords { get; set; } = [];

    /// <summary>Words that, anywhere in a message, mean a burst pipe or flooding.</summary>
    public List<string> FloodWords { get; set; } = [];

    /// <summary>Words that, anywhere in a message, mean a leak that spreads (to the neighbours, bigger, unstoppable).</summary>
    public List<string> SpreadingWords { get; set; } = [];

    /// <summary>Words saying the trouble is over (a thank-you for a fixed leak): then nothing is an emergency.</summary>
    public List<string> ResolvedWords { get; set; } = [];
}
