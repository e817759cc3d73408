using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using OnlineService.Services.Scheduling;

namespace OnlineService.Gateway.WorkOrders.Webhooks;

/// <summary>
/// Delivers one order version to the webhook, signed (see <see cref="WebhookSignature"/>). Any answer but 2xx, or no
/// answer, is a failure: the sweeper retries it with exponential backoff, until <see cref="WorkOrderWebhookOptions.MaxAttempts"/>
/// attempts failed; then it logs an error and gives up. The sweep's atomic claim keeps replicas from delivering a
/// version twice; a crash after the POST but before the completion can repeat it, so receivers dedupe by delivery id.
/// </summary>
public sealed class WorkOrderWebhookHandler(
    IHttpClientFactory httpClients,
    IOptionsMonitor<WorkOrderWebhookOptions> options,
    TimeProvider clock,
    ILogger<WorkOrderWebhookHandler> logger) : IDueItemHandler
{
    public const string ClientName = "work-order-webhook";

    public IReadOnlyCollection<string> Kinds { get; } = [WorkOrderWebhookObserver.Kind];

    public async Task HandleAsync(DueItem item, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (!settings.Enabled)
        {
            logger.LogWarning("Webhook delivery {DeliveryId} dropped: WorkOrders:Webhook:Url is no longer set.", item.Id);
            return;
        }

        var attempt = item.Attempts + 1;
        try
        {
            await SendAsync(item, settings, cancellationToken);
            logger.LogInformation("Webhook delivery {DeliveryId} accepted on attempt {Attempt}.", item.Id, attempt);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            if (attempt >= settings.MaxAttempts)
            {
                logger.LogError(exception, "Webhook delivery {DeliveryId} gave up after {Attempts} attempts; the utility's system misses this version until the order's next change, whose delivery carries the whole order. Check {Url}.", item.Id, attempt, settings.Url);
                return;
            }

            throw;
        }
    }

    private async Task SendAsync(DueItem item, WorkOrderWebhookOptions settings, CancellationToken cancellationToken)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url)
        {
            Content = new StringContent(item.PayloadJson, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.EventHeader, WorkOrderChangedEvent.EventType);
        request.Headers.Add(WebhookSignature.DeliveryHeader, item.Id);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(settings.Secret!, timestamp, item.PayloadJson));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        using var client = httpClients.CreateClient(ClientName);
        using var response = await client.SendAsync(request, timeout.Token);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The webhook answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
        }
    }
}
