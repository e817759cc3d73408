namespace OnlineService.Gateway.Hosting;

/// <summary>
/// A setting whose value the repository publishes (README, appsettings.json, demo accounts): fine on a developer's
/// machine, never a secret anywhere else. Each area registers its own with
/// <see cref="DocumentedDefaultServiceCollectionExtensions.AddDocumentedDefault"/>; <see cref="DocumentedDefaultsGuard"/>
/// checks them all at start.
/// </summary>
/// <param name="Setting">The configuration key an operator must change, as it is written in the README.</param>
/// <param name="IsInUseAsync">Whether the published value is still the one in force.</param>
public sealed record DocumentedDefault(string Setting, Func<IServiceProvider, CancellationToken, ValueTask<bool>> IsInUseAsync);
