using Microsoft.Extensions.Options;
using OnlineService.Conversation.Messaging;
using OnlineService.Gateway.Channels.WeChat;
using OnlineService.Gateway.Channels.WeChat.Binding;

namespace Microsoft.Extensions.Hosting;

public static class WeChatHostingExtensions
{
    /// <summary>The callback path to enter in the console's 服务器配置 URL.</summary>
    public const string CallbackPath = "/wechat";

    /// <summary>
    /// The WeChat official-account channel: options (section <c>WeChat</c>, checked at start when enabled), the
    /// callback, the API client with its shared access token, and the outbox sender for channel <c>wechat</c>.
    /// </summary>
    public static WebApplicationBuilder AddWeChat(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WeChatOptions>().BindConfiguration(WeChatOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WeChatOptions>, WeChatOptionsValidator>();
        services.AddDocumentedDefault("WeChat:Token", provider =>
            provider.GetRequiredService<IOptions<WeChatOptions>>().Value is { Enabled: true, Token: WeChatOptions.SampleToken });

        services.AddHttpClient<WeChatApiClient>((sp, http) =>
        {
            http.BaseAddress = sp.GetRequiredService<IOptions<WeChatOptions>>().Value.ApiBaseUrl;
            http.Timeout = TimeSpan.FromSeconds(10);
        });
        services.AddSingleton<WeChatAccessTokenProvider>();
        services.AddSingleton<WeChatApi>();
        services.AddSingleton<WeChatServiceWindows>();
        services.AddSingleton<WeChatChoiceMemory>();
        services.AddSingleton<WeChatPassiveAnswers>();
        services.AddSingleton<WeChatHeldReplies>();
        services.AddSingleton<WeChatSubscriptions>();
        services.AddSingleton<WeChatBindInvitations>();
        services.AddSingleton<WeChatInboundCommands>();
        services.AddSingleton<BindCookieProtector>();
        services.AddSingleton<WeChatWebhook>();
        services.AddSingleton<WeChatChannelSender>();
        services.AddSingleton<IChannelSender>(sp => sp.GetRequiredService<WeChatChannelSender>());
        services.AddHostedService<WeChatMenuPublisher>();
        return builder;
    }

    /// <summary>
    /// Maps <c>GET|POST /wechat</c>, the binding page under <c>/bind</c> and the operator endpoints under
    /// <c>/api/wechat</c>; the resident-facing ones answer 404 while <c>WeChat:Enabled</c> is false.
    /// </summary>
    public static IEndpointRouteBuilder MapWeChat(this IEndpointRouteBuilder endpoints)
    {
        BindPageEndpoints.Map(endpoints);
        WeChatOperatorEndpoints.Map(endpoints);
        endpoints.MapGet(CallbackPath, (HttpRequest request, WeChatWebhook webhook) => webhook.Verify(request));
        endpoints.MapPost(CallbackPath, (HttpRequest request, WeChatWebhook webhook, CancellationToken cancellationToken) =>
            webhook.ReceiveAsync(request, cancellationToken));
        return endpoints;
    }
}
