using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace OnlineService.Gateway.WorkOrders.Api;

/// <summary>
/// Authenticates a handling unit by one of its API keys (<c>X-Api-Key</c> or <c>Authorization: Bearer</c>), compared
/// in constant time. The principal carries the unit id and the role <c>handling-unit</c> only, never the operator's.
/// </summary>
public sealed class HandlingUnitAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    IOptionsMonitor<HandlingUnitApiOptions> units,
    ILoggerFactory logger,
    UrlEncoder encoder) : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    public const string SchemeName = "HandlingUnitApiKey";

    public const string Role = "handling-unit";

    public const string UnitIdClaim = "unit_id";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers["X-Api-Key"].ToString();
        var authorization = Request.Headers.Authorization.ToString();
        if (presented.Length == 0 && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            presented = authorization["Bearer ".Length..].Trim();
        }

        if (presented.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var presentedHash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        string? unitId = null;
        foreach (var (id, unit) in units.CurrentValue.Units)
        {
            // Every key is compared, so the time taken does not tell which unit (or how many keys) matched.
            foreach (var key in unit.ApiKeys)
            {
                if (CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(key)), presentedHash))
                {
                    unitId = id;
                }
            }
        }

        if (unitId is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("The handling-unit API key is not valid."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Role, Role), new Claim(UnitIdClaim, unitId), new Claim(ClaimTypes.Name, unitId)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
