using System.Security.Cryptography;

namespace OnlineService.Channels.Alipay;

/// <summary>
/// Reads the keys the Alipay key tool and console hand out: PEM (<c>PRIVATE KEY</c>, <c>RSA PRIVATE KEY</c>,
/// <c>PUBLIC KEY</c>, <c>RSA PUBLIC KEY</c>) or bare base64 in PKCS#8 ("Java") or PKCS#1 ("非Java") form. Mixing the two
/// encodings up is the most reported integration failure, so both are tried before giving up.
/// </summary>
public static class AlipayKeys
{
    /// <summary>Imports the application private key (signs requests). <paramref name="settingName"/> appears in errors.</summary>
    public static RSA ImportPrivateKey(string text, string settingName)
    {
        var rsa = RSA.Create();
        try
        {
            if (text.Contains("-----BEGIN", StringComparison.Ordinal))
            {
                rsa.ImportFromPem(text);
            }
            else
            {
                var der = FromBase64(text, settingName);
                try
                {
                    rsa.ImportPkcs8PrivateKey(der, out _);
                }
                catch (CryptographicException)
                {
                    rsa.ImportRSAPrivateKey(der, out _);
                }
            }

            // A public key pasted into the private-key setting imports without error but cannot sign.
            _ = rsa.ExportParameters(includePrivateParameters: true);
            return CheckSize(rsa, settingName);
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            rsa.Dispose();
            throw new AlipayKeyException($"{settingName} is not an RSA private key (PEM, or base64 PKCS#8 / PKCS#1).", ex);
        }
    }

    /// <summary>Imports the Alipay public key (verifies responses and notifications).</summary>
    public static RSA ImportPublicKey(string text, string settingName)
    {
        var rsa = RSA.Create();
        try
        {
            if (text.Contains("-----BEGIN", StringComparison.Ordinal))
            {
                rsa.ImportFromPem(text);
            }
            else
            {
                var der = FromBase64(text, settingName);
                try
                {
                    rsa.ImportSubjectPublicKeyInfo(der, out _);
                }
                catch (CryptographicException)
                {
                    rsa.ImportRSAPublicKey(der, out _);
                }
            }

            return CheckSize(rsa, settingName);
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            rsa.Dispose();
            throw new AlipayKeyException($"{settingName} is not an RSA public key (PEM, or base64 SubjectPublicKeyInfo / PKCS#1).", ex);
        }
    }

    private static byte[] FromBase64(string text, string settingName)
    {
        try
        {
            return Convert.FromBase64String(string.Concat(text.Where(c => !char.IsWhiteSpace(c))));
        }
        catch (FormatException ex)
        {
            throw new AlipayKeyException($"{settingName} is neither PEM nor base64.", ex);
        }
    }

    private static RSA CheckSize(RSA rsa, string settingName)
    {
        // RSA2 keys are 2048 bits; anything shorter is the legacy 1024-bit RSA(SHA1) pair or a truncated paste.
        if (rsa.KeySize < 2048)
        {
            throw new AlipayKeyException($"{settingName} is a {rsa.KeySize}-bit key; RSA2 needs 2048 bits or more.");
        }

        return rsa;
    }
}
