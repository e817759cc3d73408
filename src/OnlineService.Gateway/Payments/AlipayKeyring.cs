using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using OnlineService.Channels.Alipay;

namespace OnlineService.Gateway.Payments;

/// <summary>The imported keys (validated at start by <see cref="AlipayOptionsValidator"/>).</summary>
public sealed class AlipayKeyring(IOptions<AlipayOptions> options) : IDisposable
{
    public RSA AppPrivateKey { get; } = AlipayKeys.ImportPrivateKey(options.Value.AppPrivateKey, "Alipay:AppPrivateKey");

    public RSA AlipayPublicKey { get; } = AlipayKeys.ImportPublicKey(options.Value.AlipayPublicKey, "Alipay:AlipayPublicKey");

    public void Dispose()
    {
        AppPrivateKey.Dispose();
        AlipayPublicKey.Dispose();
    }
}
