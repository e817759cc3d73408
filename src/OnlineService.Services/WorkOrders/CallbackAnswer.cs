namespace OnlineService.Services.WorkOrders;

/// <summary>The resident's callback answer (回访结果).</summary>
/// <param name="Satisfied">Satisfied or not.</param>
/// <param name="Score">1–5, when asked.</param>
/// <param name="Comment">Free comment.</param>
/// <param name="FollowUp">
/// For an unsatisfied answer: redispatch or escalate. Null picks the rule: redispatch the first time, escalate when the
/// order was already redispatched or escalated after a callback (T/CDHA 8.6.4 经回访后客户仍不满意).
/// </param>
public sealed record CallbackAnswer(bool Satisfied, int? Score = null, string? Comment = null, UnsatisfiedFollowUp? FollowUp = null);
