namespace OnlineService.Gateway.Hosting;

/// <summary>
/// Refuses to start outside Development (and the test host's Testing environment) while any documented default is in
/// force: the operator key, the Direct Line secret and the demo passwords are printed in the README, so a deployment
/// that keeps one is open to anyone who reads it. In Development it warns, so the embedded default works out of the box.
/// Registered first among the hosted services, so nothing listens or seeds before the check.
/// </summary>
public sealed class DocumentedDefaultsGuard(
    IEnumerable<DocumentedDefault> defaults,
    IServiceProvider services,
    IHostEnvironment environment,
    ILogger<DocumentedDefaultsGuard> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var inUse = new List<string>();
        foreach (var candidate in defaults)
        {
            if (await candidate.IsInUseAsync(services, cancellationToken))
            {
                inUse.Add(candidate.Setting);
            }
        }

        if (inUse.Count == 0)
        {
            return;
        }

        var settings = string.Join(", ", inUse);
        if (environment.IsDevelopment() || environment.IsEnvironment("Testing"))
        {
            logger.LogWarning(
                "These settings hold the values published in the README: {Settings}. Fine on a developer's machine; the gateway refuses " +
                "to start with them in any other environment.", settings);
            return;
        }

        logger.LogCritical(
            "Refusing to start in the {Environment} environment: these settings hold the values published in the README: {Settings}. " +
            "Set your own values (environment variables or a secret store, see README 'Configuration').", environment.EnvironmentName, settings);
        throw new InvalidOperationException(
            $"Refusing to start in the {environment.EnvironmentName} environment: these settings hold the values published in the README: " +
            $"{settings}. Set your own values (environment variables or a secret store, see README 'Configuration').");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
