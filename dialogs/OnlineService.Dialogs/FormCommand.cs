namespace OnlineService.Dialogs;

/// <summary>
/// A navigation request the main dialog recognised for the form in progress, passed down through the turn's values:
/// the form applies it to what it collected instead of taking the message as an answer.
/// </summary>
public sealed record FormCommand(FormCommandKind Kind, string Text);

public enum FormCommandKind
{
    /// <summary>"返回", "上一步": forget the last answer and ask for it again.</summary>
    Back,

    /// <summary>"不对，是暖气不热": correct the last answer, or the kind of problem.</summary>
    Correct,
}
