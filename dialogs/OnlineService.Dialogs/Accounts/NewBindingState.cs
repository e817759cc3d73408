using OnlineService.Services.Accounts;

namespace OnlineService.Dialogs.Accounts;

/// <summary>The answers collected while binding one account; kept on the dialog stack.</summary>
internal sealed class NewBindingState
{
    public string AccountNumber { get; set; } = "";

    public ProofKind ProofKind { get; set; }

    public string Proof { get; set; } = "";

    /// <summary>The number came from a binding invitation, not from the resident's own typing.</summary>
    public bool Invited { get; set; }
}
