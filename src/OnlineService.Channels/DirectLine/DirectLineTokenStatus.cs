namespace OnlineService.Channels.DirectLine;

public enum DirectLineTokenStatus
{
    Valid,

    /// <summary>Signed by us but past its expiry: Direct Line answers 403 <c>TokenExpired</c>.</summary>
    Expired,

    /// <summary>Malformed, or its signature does not match: forged or signed with another key.</summary>
    Invalid,
}
