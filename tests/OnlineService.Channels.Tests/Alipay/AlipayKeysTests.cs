using System.Security.Cryptography;
using OnlineService.Channels.Alipay;

namespace OnlineService.Channels.Tests.Alipay;

public sealed class AlipayKeysTests
{
    private static readonly RSA Key = RSA.Create(2048);

    // Theory data is serialized at discovery, so each row carries the reference key (PKCS#8 PEM) it was made from.
    private static readonly string Reference = Key.ExportPkcs8PrivateKeyPem();

    public static TheoryData<string, string, string> PrivateForms => new()
    {
        { "PKCS#8 PEM", Key.ExportPkcs8PrivateKeyPem(), Reference },
        { "PKCS#1 PEM", Key.ExportRSAPrivateKeyPem(), Reference },
        { "PKCS#8 base64", Convert.ToBase64String(Key.ExportPkcs8PrivateKey()), Reference },
        { "PKCS#1 base64", Convert.ToBase64String(Key.ExportRSAPrivateKey()), Reference },
        { "PKCS#1 base64 wrapped", string.Join('\n', Convert.ToBase64String(Key.ExportRSAPrivateKey()).Chunk(64).Select(c => new string(c))), Reference },
    };

    public static TheoryData<string, string, string> PublicForms => new()
    {
        { "SPKI PEM", Key.ExportSubjectPublicKeyInfoPem(), Reference },
        { "PKCS#1 PEM", Key.ExportRSAPublicKeyPem(), Reference },
        { "SPKI base64", Convert.ToBase64String(Key.ExportSubjectPublicKeyInfo()), Reference },
        { "PKCS#1 base64", Convert.ToBase64String(Key.ExportRSAPublicKey()), Reference },
    };

    [Theory]
    [MemberData(nameof(PrivateForms))]
    public void Every_private_key_form_gives_the_same_signature(string form, string text, string reference)
    {
        using var imported = AlipayKeys.ImportPrivateKey(text, "Alipay:AppPrivateKey");
        using var expected = RSA.Create();
        expected.ImportFromPem(reference);

        Assert.True(AlipaySignature.Sign("a=1", imported) == AlipaySignature.Sign("a=1", expected), form);
    }

    [Theory]
    [MemberData(nameof(PublicForms))]
    public void Every_public_key_form_verifies(string form, string text, string reference)
    {
        using var imported = AlipayKeys.ImportPublicKey(text, "Alipay:AlipayPublicKey");
        using var signer = RSA.Create();
        signer.ImportFromPem(reference);

        Assert.True(AlipaySignature.Verify("a=1", AlipaySignature.Sign("a=1", signer), imported), form);
    }

    [Fact]
    public void A_public_key_in_the_private_key_setting_is_named()
    {
        var ex = Assert.Throws<AlipayKeyException>(() => AlipayKeys.ImportPrivateKey(Convert.ToBase64String(Key.ExportSubjectPublicKeyInfo()), "Alipay:AppPrivateKey"));

        Assert.StartsWith("Alipay:AppPrivateKey", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a key at all")]
    [InlineData("QUJD")]
    [InlineData("-----BEGIN PUBLIC KEY-----\nQUJD\n-----END PUBLIC KEY-----")]
    public void Garbage_is_refused_with_the_setting_name(string text)
    {
        var ex = Assert.Throws<AlipayKeyException>(() => AlipayKeys.ImportPublicKey(text, "Alipay:AlipayPublicKey"));

        Assert.Contains("Alipay:AlipayPublicKey", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("QUJD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_legacy_keys_are_refused()
    {
        using var small = RSA.Create(1024);

        var ex = Assert.Throws<AlipayKeyException>(() => AlipayKeys.ImportPrivateKey(small.ExportPkcs8PrivateKeyPem(), "Alipay:AppPrivateKey"));
        Assert.Contains("1024", ex.Message, StringComparison.Ordinal);
    }
}
