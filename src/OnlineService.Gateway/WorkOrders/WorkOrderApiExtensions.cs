using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OnlineService.Gateway.Operators;
using OnlineService.Gateway.WorkOrders;
using OnlineService.Gateway.WorkOrders.Api;
using OnlineService.Gateway.WorkOrders.Figures;
using OnlineService.Gateway.WorkOrders.Import;
using OnlineService.Gateway.WorkOrders.Webhooks;
using OnlineService.Services.Scheduling;
using OnlineService.Services.WorkOrders;

namespace Microsoft.Extensions.Hosting;

public static class WorkOrderApiExtensions
{
    /// <summary>
    /// The work-order APIs around <see cref="WorkOrderService"/>: the handling-unit API (<c>/api/units</c>, policy
    /// "handling-unit", keys in <c>WorkOrders:UnitApi</c>), the signed webhook to the utility's own system
    /// (<c>WorkOrders:Webhook</c>), the 12345 import, the operator API with figures and ledger, and the OpenAPI
    /// description. Needs <c>AddOperatorAccess</c> and <c>AddScheduledJobs</c> (the SLA policy, the service, the sweep).
    /// </summary>
    public static WebApplicationBuilder AddWorkOrderApis(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<HandlingUnitApiOptions>().BindConfiguration(HandlingUnitApiOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HandlingUnitApiOptions>, HandlingUnitApiOptionsValidator>());
        services.TryAddSingleton<IHandlerNames, ConfiguredHandlerNames>();
        // Emergencies go to the duty unit at once (WorkOrders:EmergencyUnit, one of the units above).
        services.AddOptions<EmergencyDispatchOptions>().BindConfiguration(EmergencyDispatchOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmergencyDispatchOptions>, EmergencyDispatchOptionsValidator>());
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<EmergencyDispatchOptions>>().Value);
        services.AddOptions<WorkOrderWebhookOptions>().BindConfiguration(WorkOrderWebhookOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorkOrderWebhookOptions>, WorkOrderWebhookOptionsValidator>());
        services.AddOptions<Hotline12345Options>().BindConfiguration(Hotline12345Options.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Hotline12345Options>, Hotline12345OptionsValidator>());
        services.AddOptions<FiguresOptions>().BindConfiguration(FiguresOptions.SectionName);

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, HandlingUnitAuthenticationHandler>(HandlingUnitAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(HandlingUnitEndpoints.Policy, policy => policy
                .AddAuthenticationSchemes(HandlingUnitAuthenticationHandler.SchemeName)
                .RequireRole(HandlingUnitAuthenticationHandler.Role));

        services.TryAddSingleton<IdempotencyGate>();
        services.TryAddSingleton<WorkOrderPhotoStore>();
        services.TryAddSingleton<HandlingUnitEndpoints>();
        services.TryAddSingleton<Hotline12345Importer>();
        services.TryAddSingleton<WorkOrderQuery>();
        services.TryAddSingleton<FiguresReportBuilder>();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkOrderObserver, WorkOrderWebhookObserver>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDueItemHandler, WorkOrderWebhookHandler>());
        services.AddHttpClient(WorkOrderWebhookHandler.ClientName);

        services.AddOpenApi();
        return builder;
    }

    /// <summary>Maps <c>/api/units</c>, <c>/api/import/12345/orders</c>, <c>/api/operator</c> and <c>/openapi/v1.json</c>.</summary>
    public static WebApplication MapWorkOrderApis(this WebApplication app)
    {
        HandlingUnitEndpoints.Map(app);
        Hotline12345Endpoints.Map(app);
        OperatorWorkOrderEndpoints.Map(app);
        // The description lists every operator and unit endpoint; operators hand it to units (least privilege).
        app.MapOpenApi().RequireAuthorization(OperatorHostingExtensions.OperatorPolicy);
        return app;
    }
}
