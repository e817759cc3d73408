namespace OnlineService.Understanding.Intents;

/// <summary>How a dialog should treat a result, judged by <see cref="UnderstandingOptions.Judge"/>.</summary>
public enum ConfidenceBand
{
    /// <summary>Act on the intent directly.</summary>
    Confident,

    /// <summary>Ask a clarifying question offering the top choices.</summary>
    Clarify,

    /// <summary>Say honestly that the bot is not sure, say what it can do and offer a human.</summary>
    Unsure,
}
