namespace OnlineService.Services.Handoff;

/// <summary>Why the bot handed a conversation to people.</summary>
public enum HandoffTrigger
{
    /// <summary>The resident asked for a person (转人工).</summary>
    ResidentAsked,

    /// <summary>The bot did not understand twice in a row.</summary>
    NotUnderstood,

    /// <summary>A complaint, which a person must hear.</summary>
    Complaint,

    /// <summary>A danger to people or property (gas smell, flooding); the safety advice went out first.</summary>
    Emergency,
}
