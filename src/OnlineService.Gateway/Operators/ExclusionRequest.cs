namespace OnlineService.Gateway.Operators;

/// <summary>Body of the exclusion: <c>contraryToRules</c> (T/CDHA 4.5.3) or <c>unfounded</c> (4.5.4), and the finding.</summary>
public sealed record ExclusionRequest(string? Kind, string? Reason);
