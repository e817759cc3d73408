using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>
/// Password hashes for console accounts: PBKDF2 with HMAC-SHA-256 and a random 16-byte salt per hash, written as
/// <c>pbkdf2-sha256$&lt;iterations&gt;$&lt;salt, base64&gt;$&lt;hash, base64&gt;</c>. The iteration count travels with
/// the hash, so raising <see cref="Iterations"/> later keeps old hashes verifiable.
/// </summary>
public static class AgentPasswordHasher
{
    /// <summary>Iterations for new hashes (OWASP's floor for PBKDF2-SHA-256 is far above the 100k we require).</summary>
    public const int Iterations = 210_000;

    /// <summary>Hashes below this are refused as too weak, whoever produced them.</summary>
    public const int MinimumIterations = 100_000;

    public const int MinimumPasswordLength = 10;

    private const string Prefix = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <summary>True when <paramref name="password"/> produces <paramref name="encoded"/>; compared in constant time.</summary>
    public static bool Verify(string password, string encoded)
    {
        if (!TryParse(encoded, out var iterations, out var salt, out var expected))
        {
            return false;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>True when <paramref name="encoded"/> is a hash in our format with enough iterations.</summary>
    public static bool IsWellFormed(string? encoded) => TryParse(encoded, out _, out _, out _);

    /// <summary>True when <paramref name="password"/> is long enough to be set on an account.</summary>
    public static bool IsAcceptable(string? password) => password is { Length: >= MinimumPasswordLength };

    private static bool TryParse(string? encoded, out int iterations, out byte[] salt, out byte[] hash)
    {
        (iterations, salt, hash) = (0, [], []);
        var parts = encoded?.Split('$');
        if (parts is not [Prefix, var count, var saltText, var hashText]
            || !int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out iterations)
            || iterations < MinimumIterations)
        {
            return false;
        }

        try
        {
            salt = Convert.FromBase64String(saltText);
            hash = Convert.FromBase64String(hashText);
        }
        catch (FormatException)
        {
            return false;
        }

        return salt.Length >= 8 && hash.Length >= 16;
    }
}
