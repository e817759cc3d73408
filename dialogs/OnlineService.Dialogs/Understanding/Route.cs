using OnlineService.Dialogs.Handoff;
using OnlineService.Understanding.Faq;

namespace OnlineService.Dialogs.Understanding;

/// <summary>What the bot should do with a resident's free text.</summary>
public abstract record Route
{
    /// <summary>Start a service dialog.</summary>
    public sealed record Service(string DialogId) : Route;

    /// <summary>Answer from the FAQ knowledge base.</summary>
    public sealed record Faq(FaqAnswer Answer) : Route;

    /// <summary>The resident wants a person, or needs one (a complaint); <paramref name="Intent"/> picks the agents' group.</summary>
    public sealed record Human(HandoffReason Reason = HandoffReason.ResidentAsked, string? Intent = null) : Route;

    /// <summary>A known need whose service is not online yet: say so, with the hotline and, when there is one, the FAQ saying how.</summary>
    public sealed record NotOnline(string Title, FaqAnswer? HowTo = null) : Route;

    /// <summary>Not sure between a few intents: ask which one.</summary>
    public sealed record Clarify(IReadOnlyList<string> Intents) : Route;

    /// <summary>Not sure at all: say so honestly and offer a human (or, with an LLM, answer from the FAQ passages).</summary>
    public sealed record Unsure(string Text) : Route;

    /// <summary>Not a heating matter: say what the bot can do.</summary>
    public sealed record OutOfScope : Route;
}
