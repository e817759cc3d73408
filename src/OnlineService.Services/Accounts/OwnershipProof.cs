namespace OnlineService.Services.Accounts;

/// <summary>What the resident answered to prove ownership.</summary>
public sealed record OwnershipProof(ProofKind Kind, string Value)
{
    public static OwnershipProof PhoneLastFour(string digits) => new(ProofKind.PhoneLastFour, digits);

    public static OwnershipProof OwnerName(string name) => new(ProofKind.OwnerName, name);
}
