namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>
/// A date-time found in a resident's text, in the caller's offset. <see cref="MatchedText"/> is the part of the text it
/// was read from, for echoing back ("您说的是明天下午三点吗？").
/// </summary>
public sealed record DateTimeResolution(
    DateTimeOffset Start,
    DateTimeOffset? End,
    DateTimeGranularity Granularity,
    string MatchedText);
