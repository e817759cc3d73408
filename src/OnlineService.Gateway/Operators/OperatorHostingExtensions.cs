using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OnlineService.Gateway.Operators;

namespace Microsoft.Extensions.Hosting;

public static class OperatorHostingExtensions
{
    /// <summary>The authorization policy of every operator API.</summary>
    public const string OperatorPolicy = "operator";

    /// <summary>API-key authentication for operators, with the keys from section <c>Operators</c>.</summary>
    public static WebApplicationBuilder AddOperatorAccess(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<OperatorOptions>().BindConfiguration(OperatorOptions.SectionName)
            .Validate(o => o.ApiKeys.Count > 0 && o.ApiKeys.All(k => k.Length >= 16),
                "Operators:ApiKeys must hold at least one key of 16 characters or more (e.g. Operators__ApiKeys__0=<key>).")
            .ValidateOnStart();
        builder.Services.AddDocumentedDefault("Operators:ApiKeys", provider =>
            provider.GetRequiredService<IOptions<OperatorOptions>>().Value.ApiKeys.Contains(OperatorOptions.DevelopmentKey));
        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(OperatorPolicy, policy => policy
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireRole("operator"));
        return builder;
    }
}
