using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OnlineService.Storage;
using OnlineService.Storage.Payments;

namespace Microsoft.Extensions.DependencyInjection;

public static class PaymentStorageServiceCollectionExtensions
{
    /// <summary>Registers <see cref="OnlineService.Services.Billing.IPaymentStore"/> of the provider chosen by <c>Storage</c>
    /// and the refund ledger <see cref="OnlineService.Services.Billing.IRefundStore"/>
    /// (SQLite tables <c>payments</c> and <c>payment_refunds</c>, schema step 9; MongoDB collections <c>payments</c> and <c>payment_refunds</c>). Call after AddOnlineServiceStorage.</summary>
    public static IServiceCollection AddPaymentStore(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => PaymentStoreBackend.Create(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value,
            provider.GetService<IHostEnvironment>()?.ContentRootPath));
        services.TryAddSingleton(provider => provider.GetRequiredService<PaymentStoreBackend>().Store);
        services.TryAddSingleton(provider => provider.GetRequiredService<PaymentStoreBackend>().Refunds);
        return services;
    }
}
