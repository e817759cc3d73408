using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OnlineService.Storage;
using OnlineService.Storage.Payments;

namespace Microsoft.Extensions.DependencyInjection;

public static class PaymentStorageServiceCollectionExtensions
{
    /// <summary>Registers <see cref="OnlineService.Services.Billing.IPaymentStore"/> of the provider chosen by <c>Storage</c>
    /// (SQLite table <c>payments</c>, schema step 9; MongoDB collection <c>payments</c>). Call after AddOnlineServiceStorage.</summary>
    public static IServiceCollection AddPaymentStore(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => PaymentStoreBackend.Create(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value,
            provider.GetService<IHostEnvironment>()?.ContentRootPath));
        services.TryAddSingleton(provider => provider.GetRequiredService<PaymentStoreBackend>().Store);
        return services;
    }
}
