using System.Collections.Concurrent;
using System.Net;

namespace OnlineService.Gateway.Tests.WorkOrders.Api;

/// <summary>Stands in for the utility's work-order system: records every webhook POST and answers with <see cref="Status"/>.</summary>
public sealed class RecordingWebhookReceiver : HttpMessageHandler
{
    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    public int Attempts => _attempts;

    private int _attempts;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        string Header(string name) => request.Headers.TryGetValues(name, out var values) ? values.Single() : string.Empty;
        var status = Status;
        if (status == HttpStatusCode.OK)
        {
            Received.Enqueue(new ReceivedWebhook(request.RequestUri!, body, Header("X-OnlineService-Delivery"), Header("X-OnlineService-Timestamp"), Header("X-OnlineService-Signature"), Header("X-OnlineService-Event")));
        }

        return new HttpResponseMessage(status);
    }
}
