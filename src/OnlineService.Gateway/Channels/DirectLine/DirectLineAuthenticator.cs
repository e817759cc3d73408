using OnlineService.Channels.DirectLine;

namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>Reads <c>Authorization: Bearer</c>: the secret, or a signed unexpired token.</summary>
public sealed class DirectLineAuthenticator(DirectLineTokens tokens)
{
    /// <summary>The caller, or the error answer to send instead.</summary>
    public (DirectLineCaller? Caller, IResult? Error) Authenticate(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return (null, DirectLineResults.Unauthorized("Send 'Authorization: Bearer <secret or token>'."));
        }

        return AuthenticateBearer(header[scheme.Length..].Trim());
    }

    public (DirectLineCaller? Caller, IResult? Error) AuthenticateBearer(string bearer)
    {
        if (bearer.Length == 0)
        {
            return (null, DirectLineResults.Unauthorized("The bearer value is empty."));
        }

        if (tokens.IsSecret(bearer))
        {
            return (DirectLineCaller.Server, null);
        }

        var check = tokens.Read(bearer);
        return check.Status switch
        {
            DirectLineTokenStatus.Valid => (new DirectLineCaller(IsServer: false, check.Token!.ConversationId, check.Token.UserId), null),
            DirectLineTokenStatus.Expired => (null, DirectLineResults.Expired()),
            _ => (null, DirectLineResults.Unauthorized("The token is not valid; get one from POST /v3/directline/tokens/generate.")),
        };
    }
}
