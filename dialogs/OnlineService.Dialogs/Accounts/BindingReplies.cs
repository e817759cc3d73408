using System.Globalization;
using OnlineService.Dialogs.Content;
using OnlineService.Services.Accounts;

namespace OnlineService.Dialogs.Accounts;

/// <summary>
/// What a resident reads about a binding attempt, rendered from the <c>accounts</c> texts: the binding dialog and
/// the binding web page say the same thing for the same outcome.
/// </summary>
public sealed class BindingReplies(TextCatalog catalog)
{
    /// <summary>China time, for telling a locked-out resident when to come back.</summary>
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private AccountTexts Texts => catalog.Texts.Accounts;

    /// <summary>The messages for <paramref name="result"/>, in the order they are shown.</summary>
    public IReadOnlyList<string> Describe(BindResult result) => result.Outcome switch
    {
        BindOutcome.Bound => result.IsDefault
            ? [Bound(result.Account!), catalog.Render(Texts.BoundAsDefault)]
            : [Bound(result.Account!)],
        BindOutcome.AlreadyBound => [catalog.Render(Texts.AlreadyBound, ("account", AccountMasking.MaskNumber(result.Account!.AccountNumber)))],
        BindOutcome.Refused => [catalog.Render(Texts.Refused, ("attempts", result.AttemptsLeft.ToString(CultureInfo.InvariantCulture)))],
        BindOutcome.LockedOut => [LockedOut(result.LockedUntil!.Value)],
        _ => [catalog.Render(Texts.TooManyAccounts)],
    };

    /// <summary>The lock-out notice, with the time (China) attempts are allowed again.</summary>
    public string LockedOut(DateTimeOffset until) => catalog.Render(Texts.LockedOut, ("time", ChinaTime(until)));

    public static string ChinaTime(DateTimeOffset at) => at.ToOffset(ChinaOffset).ToString("M月d日 HH:mm", CultureInfo.InvariantCulture);

    private string Bound(BoundAccount account) =>
        catalog.Render(Texts.Bound, ("account", AccountMasking.MaskNumber(account.AccountNumber)), ("address", account.MaskedAddress));
}
