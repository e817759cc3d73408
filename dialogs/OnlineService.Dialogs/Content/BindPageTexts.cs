namespace OnlineService.Dialogs.Content;

/// <summary>
/// The labels and notices of the binding web page (section <c>bindPage</c>). The page receives them rendered with
/// the utility's placeholders; <c>{account}</c> is left for the page to fill in.
/// </summary>
public sealed class BindPageTexts
{
    public string Title { get; set; } = "";

    public string Intro { get; set; } = "";

    public string ListHeader { get; set; } = "";

    public string NoAccounts { get; set; } = "";

    public string DefaultMark { get; set; } = "";

    public string SetDefault { get; set; } = "";

    public string Unbind { get; set; } = "";

    public string BindHeader { get; set; } = "";

    public string AccountNumberLabel { get; set; } = "";

    public string AccountNumberHint { get; set; } = "";

    public string ProofKindLabel { get; set; } = "";

    public string PhoneLabel { get; set; } = "";

    public string PhoneHint { get; set; } = "";

    public string NameLabel { get; set; } = "";

    public string NameHint { get; set; } = "";

    public string Submit { get; set; } = "";

    public string Working { get; set; } = "";

    public string PhoneInvalid { get; set; } = "";

    public string NameInvalid { get; set; } = "";

    /// <summary>Shown while the page restarts the sign-in because the session ended.</summary>
    public string SessionExpired { get; set; } = "";

    /// <summary>The answer to a sign-in callback with a missing or forged state, or an expired code.</summary>
    public string OpenFromMenu { get; set; } = "";

    /// <summary>For a visitor WeChat does not identify (snapshot page of Moments).</summary>
    public string FollowFirst { get; set; } = "";

    public string NetworkError { get; set; } = "";
}
