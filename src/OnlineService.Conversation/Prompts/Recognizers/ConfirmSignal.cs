namespace OnlineService.Conversation.Prompts.Recognizers;

/// <summary>What one word of a yes/no answer says.</summary>
internal enum ConfirmSignal
{
    /// <summary>Agreement: 是的, 可以, 没问题, ok.</summary>
    Yes,

    /// <summary>An acknowledgement that means yes only when nothing stronger is said: 嗯.</summary>
    WeakYes,

    /// <summary>Refusal: 不用, 算了, 取消, no.</summary>
    No,

    /// <summary>The resident hesitates or asks back: 不知道, 再说吧, 没关系. The answer is unclear.</summary>
    Unclear,

    /// <summary>Politeness and particles around the answer: 我, 那就, 谢谢, 吧.</summary>
    Filler,
}
