namespace OnlineService.Gateway.WorkOrders.Api;

/// <summary>One handling unit's access to <c>/api/units</c>.</summary>
public sealed class HandlingUnitAccount
{
    /// <summary>Display name, e.g. 朝阳一分公司.</summary>
    public string? Name { get; set; }

    /// <summary>Keys the unit presents in <c>X-Api-Key</c> or <c>Authorization: Bearer</c>; 24 characters or more.</summary>
    public IList<string> ApiKeys { get; } = [];
}
