namespace OnlineService.Dialogs.Understanding;

/// <summary>
/// Whether a message is phrased as a question. While a form is being filled, only a question is taken as an
/// interruption to answer from the FAQ; a statement is the answer to the form's own question.
/// </summary>
public static class QuestionForm
{
    private static readonly string[] Markers =
        ["?", "？", "吗", "么", "多少", "怎么", "怎样", "什么", "啥", "哪", "几", "如何", "是不是", "能不能", "可不可以", "有没有", "为什么", "为啥"];

    public static bool IsQuestion(string text) =>
        Markers.Any(marker => text.Contains(marker, StringComparison.Ordinal));
}
