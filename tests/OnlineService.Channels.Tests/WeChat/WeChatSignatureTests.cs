using OnlineService.Channels.WeChat;
using static OnlineService.Channels.Tests.WeChat.OfficialVectors;

namespace OnlineService.Channels.Tests.WeChat;

public sealed class WeChatSignatureTests
{
    private static readonly DateTimeOffset V1Now = DateTimeOffset.FromUnixTimeSeconds(1409735669);

    [Fact]
    public void Url_signature_matches_the_official_parameters()
    {
        Assert.Equal(V1UrlSignature, WeChatSignature.Compute(V1Token, V1Timestamp, V1Nonce));
        Assert.True(WeChatSignature.Verify(V1Token, V1Timestamp, V1Nonce, V1UrlSignature));
    }

    [Theory]
    [InlineData(V1Token, V1Timestamp, V1Nonce, V1Encrypt, V1MsgSignature)]
    [InlineData(V2Token, V2Timestamp, V2Nonce, V2Encrypt, V2MsgSignature)]
    [InlineData(V2Token, V3Timestamp, V3Nonce, V3EchoStr, V3MsgSignature)]
    public void Message_signature_matches_the_official_vectors(string token, string timestamp, string nonce, string encrypt, string expected)
    {
        Assert.Equal(expected, WeChatSignature.ComputeMessageSignature(token, timestamp, nonce, encrypt));
        Assert.True(WeChatSignature.VerifyMessageSignature(token, timestamp, nonce, encrypt, expected));
    }

    [Fact]
    public void Parts_are_sorted_ordinally_not_by_culture()
    {
        // Ordinal order is "123" < "Zt" < "abc"; a culture-aware sort puts "abc" before "Zt".
        // Expected value: sha1("123Ztabc"), computed independently with Python's hashlib.
        Assert.Equal("797c87557e2f8fc0cd87fa22814c6efda193c2d4", WeChatSignature.Compute("Zt", "123", "abc"));
    }

    [Fact]
    public void Verification_accepts_uppercase_hex_and_rejects_tampering()
    {
        Assert.True(WeChatSignature.Verify(V1Token, V1Timestamp, V1Nonce, V1UrlSignature.ToUpperInvariant()));
        Assert.False(WeChatSignature.Verify(V1Token, V1Timestamp, V1Nonce, "0" + V1UrlSignature[1..]));
        Assert.False(WeChatSignature.Verify(V1Token, V1Timestamp, V1Nonce, V1UrlSignature[..^1]));
        Assert.False(WeChatSignature.Verify(V1Token, V1Timestamp, V1Nonce, null));
        Assert.False(WeChatSignature.Verify("other", V1Timestamp, V1Nonce, V1UrlSignature));
        Assert.False(WeChatSignature.VerifyMessageSignature(V1Token, V1Timestamp, V1Nonce, V1Encrypt + "x", V1MsgSignature));
    }

    [Fact]
    public void Check_classifies_missing_mismatched_stale_and_valid_requests()
    {
        var window = WeChatSignature.DefaultReplayWindow;
        Assert.Equal(WeChatSignatureCheck.Valid, WeChatSignature.Check(V1Token, V1UrlSignature, V1Timestamp, V1Nonce, V1Now, window));
        Assert.Equal(WeChatSignatureCheck.Missing, WeChatSignature.Check(V1Token, null, V1Timestamp, V1Nonce, V1Now, window));
        Assert.Equal(WeChatSignatureCheck.Missing, WeChatSignature.Check(V1Token, V1UrlSignature, null, V1Nonce, V1Now, window));
        Assert.Equal(WeChatSignatureCheck.Missing, WeChatSignature.Check(V1Token, V1UrlSignature, V1Timestamp, null, V1Now, window));
        Assert.Equal(WeChatSignatureCheck.Mismatch, WeChatSignature.Check(V1Token, V1UrlSignature, V1Timestamp, "1", V1Now, window));
        Assert.Equal(WeChatSignatureCheck.Stale, WeChatSignature.Check(V1Token, V1UrlSignature, V1Timestamp, V1Nonce, V1Now.AddMinutes(6), window));
        Assert.Equal(WeChatSignatureCheck.Stale, WeChatSignature.Check(V1Token, V1UrlSignature, V1Timestamp, V1Nonce, V1Now.AddMinutes(-6), window));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(300, true)]
    [InlineData(-300, true)]
    [InlineData(301, false)]
    [InlineData(-301, false)]
    public void Timestamp_window_is_inclusive_on_both_sides(int offsetSeconds, bool fresh)
    {
        Assert.Equal(fresh, WeChatSignature.IsTimestampFresh(V1Timestamp, V1Now.AddSeconds(offsetSeconds), TimeSpan.FromMinutes(5)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-1409735669")]
    [InlineData("1409735669.5")]
    [InlineData("abc")]
    public void Timestamp_that_is_not_unix_seconds_is_not_fresh(string? timestamp)
    {
        Assert.False(WeChatSignature.IsTimestampFresh(timestamp, V1Now, TimeSpan.FromDays(365 * 100)));
    }
}
