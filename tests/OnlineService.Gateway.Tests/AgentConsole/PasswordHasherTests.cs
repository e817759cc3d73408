using OnlineService.Gateway.AgentConsole.Identity;

namespace OnlineService.Gateway.Tests.AgentConsole;

public sealed class PasswordHasherTests
{
    [Fact]
    public void A_hash_verifies_its_password_only_and_carries_a_fresh_salt_and_its_iterations()
    {
        var first = AgentPasswordHasher.Hash("correct horse battery");
        var second = AgentPasswordHasher.Hash("correct horse battery");

        Assert.True(AgentPasswordHasher.Verify("correct horse battery", first));
        Assert.False(AgentPasswordHasher.Verify("correct horse batterY", first));
        Assert.NotEqual(first, second);
        var parts = first.Split('$');
        Assert.Equal("pbkdf2-sha256", parts[0]);
        Assert.True(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) >= 100_000);
        Assert.Equal(16, Convert.FromBase64String(parts[2]).Length);
        Assert.Equal(32, Convert.FromBase64String(parts[3]).Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain-password")]
    [InlineData("pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA==")]
    [InlineData("pbkdf2-sha256$210000$not base64$aGFzaA==")]
    [InlineData("md5$210000$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA==")]
    public void Malformed_or_weak_hashes_never_verify(string encoded)
    {
        Assert.False(AgentPasswordHasher.IsWellFormed(encoded));
        Assert.False(AgentPasswordHasher.Verify("plain-password", encoded));
    }
}
