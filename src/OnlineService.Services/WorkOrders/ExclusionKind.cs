namespace OnlineService.Services.WorkOrders;

/// <summary>Why a request is left out of the settlement and satisfaction rates (T/CDHA 4.5.2, 4.7.4).</summary>
public enum ExclusionKind
{
    /// <summary>Contrary to heating regulations, laws, local rules, the contract or public order (4.5.3, 4.7.4 a).</summary>
    ContraryToRules,

    /// <summary>Untrue or malicious, an unreasonable request (4.5.4, 4.7.4 b).</summary>
    Unfounded,
}
