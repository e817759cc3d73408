using Microsoft.Extensions.Options;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>
/// Publishes the configured custom menu once at start-up when <see cref="WeChatOptions.PublishMenuOnStart"/> is set.
/// A failure is logged, not fatal: the previous menu stays in place. Operators can also publish by calling
/// <see cref="WeChatApi.CreateMenuAsync"/> (e.g. after editing the configuration).
/// </summary>
internal sealed class WeChatMenuPublisher(WeChatApi api, IOptions<WeChatOptions> options, ILogger<WeChatMenuPublisher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || !settings.PublishMenuOnStart || settings.Menu.Count == 0)
        {
            return;
        }

        try
        {
            var result = await api.CreateMenuAsync(settings.Menu, stoppingToken);
            if (result.IsOk)
            {
                logger.LogInformation("WeChat custom menu published ({Count} buttons).", settings.Menu.Count);
            }
            else
            {
                logger.LogError("WeChat refused the custom menu ({Result}); fix WeChat:Menu.", result);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or WeChatApiException)
        {
            logger.LogError(ex, "The WeChat custom menu could not be published; the previous menu stays.");
        }
    }
}
