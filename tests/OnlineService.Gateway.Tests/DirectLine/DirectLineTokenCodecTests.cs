using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using OnlineService.Channels.DirectLine;

namespace OnlineService.Gateway.Tests.DirectLine;

public sealed class DirectLineTokenCodecTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
    private readonly DirectLineTokenCodec _codec = new(Encoding.UTF8.GetBytes("0123456789abcdef0123456789abcdef"));

    [Fact]
    public void A_signed_token_reads_back_until_it_expires()
    {
        var token = new DirectLineToken("conv-1", "dl_user", Now, Now.AddMinutes(30));
        var signed = _codec.Sign(token);

        Assert.Equal(new DirectLineTokenCheck(DirectLineTokenStatus.Valid, token), _codec.Read(signed, Now.AddMinutes(29)));
        Assert.Equal(DirectLineTokenStatus.Expired, _codec.Read(signed, Now.AddMinutes(30)).Status);
    }

    [Fact]
    public void Web_Chat_can_decode_the_user_claim_without_the_key()
    {
        var signed = _codec.Sign(new DirectLineToken("conv-1", "dl_user", Now, Now.AddMinutes(30)));
        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(signed.Split('.')[1]));

        Assert.Equal("dl_user", payload.RootElement.GetProperty("user").GetString());
        Assert.Equal("conv-1", payload.RootElement.GetProperty("conv").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("a.b.c")]
    public void Garbage_is_invalid(string token) =>
        Assert.Equal(DirectLineTokenStatus.Invalid, _codec.Read(token, Now).Status);

    [Fact]
    public void A_token_with_a_changed_claim_or_from_another_key_is_invalid()
    {
        var signed = _codec.Sign(new DirectLineToken("conv-1", "dl_user", Now, Now.AddMinutes(30)));
        var parts = signed.Split('.');
        var otherClaims = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("""{"conv":"conv-2","user":"dl_user","iat":1,"exp":9999999999}"""));
        var other = new DirectLineTokenCodec(Encoding.UTF8.GetBytes("another-key-another-key-another-key"));

        Assert.Equal(DirectLineTokenStatus.Invalid, _codec.Read($"{parts[0]}.{otherClaims}.{parts[2]}", Now).Status);
        Assert.Equal(DirectLineTokenStatus.Invalid, other.Read(signed, Now).Status);
    }

    [Fact]
    public void Value_signatures_are_bound_to_purpose_and_value()
    {
        var signature = _codec.SignValue("attachment", "conv-1/file");

        Assert.True(_codec.VerifyValue("attachment", "conv-1/file", signature));
        Assert.False(_codec.VerifyValue("attachment", "conv-2/file", signature));
        Assert.False(_codec.VerifyValue("other", "conv-1/file", signature));
        Assert.False(_codec.VerifyValue("attachment", "conv-1/file", "%%%"));
    }

    [Theory]
    [InlineData(null, true, 0L)]
    [InlineData("", true, 0L)]
    [InlineData("42", true, 42L)]
    [InlineData("-1", false, 0L)]
    [InlineData("abc", false, 0L)]
    public void Watermarks_are_sequence_numbers(string? watermark, bool valid, long expected)
    {
        Assert.Equal(valid, DirectLineWatermark.TryParse(watermark, out var sequence));
        if (valid)
        {
            Assert.Equal(expected, sequence);
        }
    }

    [Fact]
    public void An_activity_set_carries_activities_verbatim_and_omits_a_null_watermark()
    {
        Assert.Equal("""{"activities":[{"type":"typing","text":"正在输入"}],"watermark":"7"}""",
            DirectLineActivitySet.Write(["""{"type":"typing","text":"正在输入"}"""], "7"));
        Assert.Equal("""{"activities":[]}""", DirectLineActivitySet.Write([], null));
    }
}
