namespace OnlineService.Understanding.Faq;

/// <summary>A retrieved FAQ passage for grounding a composed answer; <see cref="Score"/> is BM25, higher is closer.</summary>
public sealed record FaqPassage(string FaqId, string Intent, string Text, string? Citation, double Score);
