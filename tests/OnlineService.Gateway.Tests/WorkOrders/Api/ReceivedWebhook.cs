namespace OnlineService.Gateway.Tests.WorkOrders.Api;

public sealed record ReceivedWebhook(Uri Url, string Body, string Delivery, string Timestamp, string Signature, string Event);
