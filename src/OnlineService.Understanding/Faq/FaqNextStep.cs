namespace OnlineService.Understanding.Faq;

/// <summary>A follow-up the bot offers under an answer, e.g. a button "我要报修" that starts <c>repair.not_warm</c>.</summary>
public sealed record FaqNextStep(string Label, string Intent);
