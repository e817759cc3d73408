namespace OnlineService.Understanding.Intents;

/// <summary>One candidate intent with its confidence in 0..1.</summary>
public sealed record IntentScore(string Intent, double Score);
