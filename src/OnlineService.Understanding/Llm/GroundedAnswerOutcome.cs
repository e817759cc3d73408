namespace OnlineService.Understanding.Llm;

/// <summary>What became of a request for a composed answer.</summary>
public enum GroundedAnswerOutcome
{
    /// <summary>An answer built only from the cited passages: show it with its citations.</summary>
    Answered,

    /// <summary>The passages do not hold the answer: say honestly the bot does not know and offer a human.</summary>
    Refused,

    /// <summary>The LLM is off, open-circuited, too slow or failed: use the offline answer path.</summary>
    Unavailable,
}
