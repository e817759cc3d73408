using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OnlineService.Channels.Alipay;
using OnlineService.Gateway.Payments;
using OnlineService.Services.Billing;
using Quartz;

namespace Microsoft.Extensions.Hosting;

public static class PaymentsHostingExtensions
{
    /// <summary>
    /// Bills (the embedded <see cref="LocalBillingDirectory"/> unless the host registered an <see cref="IBillingSystem"/>),
    /// durable payment records, and — when <c>Alipay:Enabled</c> — the Alipay client, the notification handler, the
    /// issuer and the backstop job. Call after AddOnlineServiceStorage and AddScheduledJobs.
    /// </summary>
    public static WebApplicationBuilder AddPayments(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton<IBillingSystem>(_ => LocalBillingDirectory.CreateDemo());
        services.AddPaymentStore();
        services.AddHostedService<LocalBillingReplay>();

        services.AddOptions<AlipayOptions>().BindConfiguration(AlipayOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AlipayOptions>, AlipayOptionsValidator>());
        // Registered whatever Alipay:Enabled says (resolved lazily; the endpoints and the job check it at run time),
        // because the host's configuration is complete only once the app is built.
        services.TryAddSingleton<AlipayKeyring>();
        services.AddHttpClient(nameof(AlipayClient));
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<AlipayOptions>>().Value;
            var keys = provider.GetRequiredService<AlipayKeyring>();
            return new AlipayClient(
                provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(AlipayClient)),
                new AlipayClientOptions
                {
                    AppId = options.AppId,
                    GatewayUrl = options.GatewayUrl,
                    NotifyUrl = options.NotifyUrl,
                    MiniProgramAppId = options.MiniProgramAppId,
                    Timeout = options.Timeout,
                },
                keys.AppPrivateKey, keys.AlipayPublicKey, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<AlipayClient>>());
        });
        services.TryAddSingleton<PaymentConfirmer>();
        services.TryAddSingleton<AlipayNotificationHandler>();
        services.TryAddSingleton<PaymentIssuer>();
        services.TryAddSingleton<RefundService>();
        services.TryAddSingleton<PaymentBackstop>();
        var interval = builder.Configuration.GetSection(AlipayOptions.SectionName).GetValue<TimeSpan?>(nameof(AlipayOptions.BackstopInterval))
            ?? new AlipayOptions().BackstopInterval;
        // First run one interval after start, not at start: a notification that is on its way gets its chance first,
        // and a start does not race the requests the gateway is about to answer.
        services.AddQuartz(quartz => quartz.ScheduleJob<PaymentBackstopJob>(trigger => trigger.WithIdentity("payment-backstop")
            .StartAt(TimeProvider.System.GetUtcNow() + interval)
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever())));
        return builder;
    }

    /// <summary><c>POST /alipay/notify</c> (when Alipay is enabled) and the operator payment APIs.</summary>
    public static WebApplication MapPayments(this WebApplication app)
    {
        app.MapPost(AlipayNotifyEndpoint.Path, AlipayNotifyEndpoint.HandleAsync).DisableAntiforgery().ExcludeFromDescription();
        app.MapOperatorPayments();
        return app;
    }
}
