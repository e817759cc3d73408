namespace OnlineService.Conversation.Dialogs;

/// <summary>
/// How the resident's message fits what the innermost active dialog waits for, found without running it: lets a
/// router decide between "this is the answer" and "this is something else" before the prompt retries.
/// </summary>
public enum AnswerFit
{
    /// <summary>The active dialog is not a prompt (or nothing is active): it takes any message as it is.</summary>
    Unknown,

    /// <summary>A structured answer was recognised and validated: a choice, a number, a phone number, an attachment.</summary>
    Exact,

    /// <summary>Free text was accepted: it may be the answer, or something else the resident wants.</summary>
    Free,

    /// <summary>The prompt would not accept it and would ask again.</summary>
    Rejected,
}
