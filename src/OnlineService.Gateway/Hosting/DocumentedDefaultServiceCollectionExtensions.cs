using OnlineService.Gateway.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

public static class DocumentedDefaultServiceCollectionExtensions
{
    /// <summary>Declares a setting whose published value must not be in force outside Development.</summary>
    public static IServiceCollection AddDocumentedDefault(
        this IServiceCollection services, string setting, Func<IServiceProvider, CancellationToken, ValueTask<bool>> isInUseAsync)
    {
        services.AddSingleton(new DocumentedDefault(setting, isInUseAsync));
        return services;
    }

    /// <inheritdoc cref="AddDocumentedDefault(IServiceCollection, string, Func{IServiceProvider, CancellationToken, ValueTask{bool}})"/>
    public static IServiceCollection AddDocumentedDefault(this IServiceCollection services, string setting, Func<IServiceProvider, bool> isInUse) =>
        services.AddDocumentedDefault(setting, (provider, _) => ValueTask.FromResult(isInUse(provider)));
}
