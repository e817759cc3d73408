namespace OnlineService.Conversation.Activities;

/// <summary>The activity types of the Bot Framework schema that the gateway produces or consumes.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Event = "event";
    public const string Typing = "typing";
    public const string EndOfConversation = "endOfConversation";
    public const string Handoff = "handoff";
}

/// <summary>Values of <see cref="Activity.TextFormat"/>.</summary>
public static class TextFormats
{
    public const string Plain = "plain";
    public const string Markdown = "markdown";
}

/// <summary>Values of <see cref="Activity.InputHint"/>.</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}
