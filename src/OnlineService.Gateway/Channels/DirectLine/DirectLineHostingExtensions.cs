using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using OnlineService.Conversation.Messaging;
using OnlineService.Gateway.Channels.DirectLine;
using OnlineService.Gateway.Outbox;

namespace Microsoft.Extensions.Hosting;

public static class DirectLineHostingExtensions
{
    /// <summary>
    /// The Direct Line 3.0 channel (section <c>DirectLine</c>) and the resident web-chat page (section <c>WebChat</c>):
    /// tokens, conversations, the WebSocket hub, and the "directline" channel sender for the outbox.
    /// </summary>
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddDocumentedDefault("DirectLine:Secret", provider =>
            provider.GetRequiredService<IOptions<DirectLineOptions>>().Value.Secret == DirectLineOptions.DocumentedDefaultSecret);
        services.AddOptions<WebChatPageOptions>().BindConfiguration(WebChatPageOptions.SectionName);
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineAuthenticator>();
        services.AddSingleton<ConversationRateLimiter>();
        services.AddSingleton<DirectLineStreamHub>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineStreamSession>();
        services.AddSingleton<DirectLineUploadStore>();
        services.AddSingleton<RecentDeliveries>();
        services.AddSingleton<IChannelSender, DirectLineChannelSender>();
        // Relays another replica's deliveries to this one's streams when the store offers a change feed.
        services.AddHostedService<StoreChangeRelay>();

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectLineOptions>>((cors, directLine) =>
            cors.AddPolicy(DirectLineRoutes.CorsPolicy, policy => policy
                .WithOrigins(directLine.Value.AllowedOrigins)
                // Listed one by one: a wildcard never covers Authorization.
                .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent", "X-Requested-With")
                .WithMethods("GET", "POST")
                .WithExposedHeaders("Retry-After")));
        return builder;
    }

    /// <summary>
    /// The Direct Line endpoints under <c>/v3/directline</c>, its WebSocket stream, the page at <c>/</c>, and the
    /// delivery diagnostics for operators.
    /// </summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseWebSockets();
        app.UseCors();
        app.UseStaticFiles();
        DirectLineEndpoints.Map(app);
        DeliveryDiagnosticsEndpoint.Map(app);
        WebChatPageEndpoints.Map(app);
        return app;
    }
}
