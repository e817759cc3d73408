using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OnlineService.AlipaySimulator;
using OnlineService.Conversation.Activities;
using OnlineService.Conversation.Messaging;
using OnlineService.Gateway.Payments;
using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Services.Billing;

namespace OnlineService.Gateway.Tests.Payments;

/// <summary>The real gateway with Alipay enabled against the loopback simulator, and a recording chat channel.</summary>
public sealed class AlipayGateway : IAsyncDisposable
{
    public const string AppId = "2021000000000001";
    public const string ZhangBill = "B2026-2023100188";

    private readonly TempFolder _data = new();
    private readonly RSA _appKey;

    private AlipayGateway(RSA appKey, AlipayPlatformSimulator alipay)
    {
        _appKey = appKey;
        Alipay = alipay;
        Gateway = Configure(new GatewayFactory(_data.Path), appKey.ExportPkcs8PrivateKeyPem(), alipay.AlipayPublicKeyBase64, alipay.GatewayUrl)
            .WithServices(services => services.AddSingleton<IChannelSender>(Chat));
        Http = Gateway.CreateClient();
    }

    public AlipayPlatformSimulator Alipay { get; }

    public RecordingChannelSender Chat { get; } = new();

    public GatewayFactory Gateway { get; }

    public HttpClient Http { get; }

    public IPaymentStore Payments => Gateway.Services.GetRequiredService<IPaymentStore>();

    public IBillingSystem Billing => Gateway.Services.GetRequiredService<IBillingSystem>();

    /// <summary>A second gateway over the same data folder and Alipay settings: the restarted gateway.</summary>
    public GatewayFactory Reopen() =>
        Configure(new GatewayFactory(_data.Path), _appKey.ExportPkcs8PrivateKeyPem(), Alipay.AlipayPublicKeyBase64, Alipay.GatewayUrl);

    public static async Task<AlipayGateway> StartAsync()
    {
        var appKey = RSA.Create(2048);
        // The simulator verifies our requests with the app key (only its public half is used there).
        var alipay = await AlipayPlatformSimulator.StartAsync(AppId, appKey, TimeProvider.System);
        return new AlipayGateway(appKey, alipay);
    }

    public static GatewayFactory Configure(GatewayFactory gateway, string appPrivateKey, string alipayPublicKey, Uri gatewayUrl) => gateway
        .WithSetting("Alipay:Enabled", "true")
        .WithSetting("Alipay:AppId", AppId)
        .WithSetting("Alipay:SellerId", AlipayPlatformSimulator.DefaultSellerId)
        .WithSetting("Alipay:AppPrivateKey", appPrivateKey)
        .WithSetting("Alipay:AlipayPublicKey", alipayPublicKey)
        .WithSetting("Alipay:GatewayUrl", gatewayUrl.AbsoluteUri)
        .WithSetting("Alipay:NotifyUrl", "https://pay.example.com/alipay/notify")
        .WithSetting("Alipay:Timeout", "00:00:05")
        .WithSetting("Alipay:BackstopInterval", "01:00:00");

    /// <summary>Issues an attempt for a bill whose receipt goes to the recording channel's conversation.</summary>
    public async Task<IssuedPayment> IssueAsync(string method = PaymentIssuer.Qr, string billId = ZhangBill, string conversation = "c-pay")
    {
        var address = new ConversationReference(RecordingChannelSender.Channel, conversation, new ChannelAccount("resident-1"), new ChannelAccount("bot"), null, "zh-CN");
        var buyer = method == PaymentIssuer.Mini ? OnlineService.Channels.Alipay.AlipayBuyer.ByUserId(AlipayPlatformSimulator.DefaultBuyerId) : null;
        var issued = await Gateway.Services.GetRequiredService<PaymentIssuer>()
            .IssueAsync(billId, method, JsonSerializer.Serialize(address, ActivityJson.Options), buyer, TestContext.Current.CancellationToken);
        return issued ?? throw new InvalidOperationException("Nothing was issued.");
    }

    /// <summary>Posts a notification form to the gateway's /alipay/notify.</summary>
    public async Task<(HttpStatusCode Status, string Body)> NotifyAsync(IReadOnlyDictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        using var response = await Http.PostAsync(AlipayNotifyEndpoint.Path, content, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Gateway.DisposeAsync();
        await Alipay.DisposeAsync();
        Chat.Dispose();
        _appKey.Dispose();
        _data.Dispose();
    }
}
