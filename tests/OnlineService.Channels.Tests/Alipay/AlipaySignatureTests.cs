using System.Security.Cryptography;
using OnlineService.Channels.Alipay;

namespace OnlineService.Channels.Tests.Alipay;

public sealed class AlipaySignatureTests
{
    [Fact]
    public void Request_content_sorts_ordinally_keeps_sign_type_drops_sign_and_empty_values()
    {
        var parameters = new Dictionary<string, string>
        {
            ["timestamp"] = "2026-01-15 10:00:00",
            ["sign_type"] = "RSA2",
            ["sign"] = "ignored",
            ["app_id"] = "2021000000000001",
            ["biz_content"] = "{\"out_trade_no\":\"HEAT202601150001\",\"total_amount\":\"1288.00\",\"subject\":\"2025-2026采暖季供暖费\",\"qr_code_timeout_express\":\"30m\"}",
            ["method"] = "alipay.trade.precreate",
            ["charset"] = "utf-8",
            ["version"] = "1.0",
            ["notify_url"] = "https://pay.example.com/alipay/notify",
            ["return_url"] = "",
        };

        // The vector of research/alipay.md §1.3 (re-derived there from alipay-sdk 4.14.0).
        Assert.Equal(
            "app_id=2021000000000001&biz_content={\"out_trade_no\":\"HEAT202601150001\",\"total_amount\":\"1288.00\",\"subject\":\"2025-2026采暖季供暖费\",\"qr_code_timeout_express\":\"30m\"}&charset=utf-8&method=alipay.trade.precreate&notify_url=https://pay.example.com/alipay/notify&sign_type=RSA2&timestamp=2026-01-15 10:00:00&version=1.0",
            AlipaySignature.RequestContent(parameters));
    }

    [Fact]
    public void Ordinal_order_puts_upper_case_and_underscores_where_bytes_say()
    {
        var content = AlipaySignature.RequestContent([new("b", "1"), new("B", "2"), new("a_b", "3"), new("ab", "4")]);

        Assert.Equal("B=2&a_b=3&ab=4&b=1", content);
    }

    [Fact]
    public void Notification_content_also_drops_sign_type()
    {
        var form = new Dictionary<string, string> { ["sign"] = "x", ["sign_type"] = "RSA2", ["b"] = "2", ["a"] = "1", ["c"] = "" };

        Assert.Equal("a=1&b=2", AlipaySignature.NotificationContent(form));
    }

    [Fact]
    public void Sign_and_verify_round_trip_and_any_change_fails()
    {
        using var key = RSA.Create(2048);
        var signature = AlipaySignature.Sign("a=1&b=供暖", key);

        Assert.Equal(344, signature.Length);
        Assert.True(AlipaySignature.Verify("a=1&b=供暖", signature, key));
        Assert.False(AlipaySignature.Verify("a=1&b=供暖 ", signature, key));
        Assert.False(AlipaySignature.Verify("a=1&b=供暖", "not base64!", key));
        Assert.False(AlipaySignature.Verify("a=1&b=供暖", null, key));
        using var other = RSA.Create(2048);
        Assert.False(AlipaySignature.Verify("a=1&b=供暖", signature, other));
    }

    [Fact]
    public void Notification_needs_RSA2_sign_type()
    {
        using var key = RSA.Create(2048);
        var form = new Dictionary<string, string> { ["a"] = "1", ["sign_type"] = "RSA2" };
        form["sign"] = AlipaySignature.Sign(AlipaySignature.NotificationContent(form), key);
        Assert.True(AlipaySignature.VerifyNotification(form, key));

        form["sign_type"] = "RSA";
        Assert.False(AlipaySignature.VerifyNotification(form, key));
    }

    [Fact]
    public void Timestamps_are_Beijing_time_whatever_the_input_offset()
    {
        var utc = new DateTimeOffset(2026, 1, 15, 2, 0, 0, TimeSpan.Zero);

        Assert.Equal("2026-01-15 10:00:00", AlipayTime.ToText(utc));
        Assert.Equal("2026-01-15 10:00:00", AlipayTime.ToText(utc.ToOffset(TimeSpan.FromHours(-5))));
        Assert.True(AlipayTime.TryParse("2026-01-15 10:00:00", out var back));
        Assert.Equal(utc, back);
    }

    [Theory]
    [InlineData(128800L, "1288.00")]
    [InlineData(1L, "0.01")]
    [InlineData(0L, "0.00")]
    [InlineData(123456789L, "1234567.89")]
    public void Amounts_have_two_decimals(long fen, string text)
    {
        Assert.Equal(text, AlipayAmount.Format(fen));
        Assert.True(AlipayAmount.TryParse(text, out var parsed));
        Assert.Equal(fen, parsed);
    }

    [Theory]
    [InlineData("1.001")]
    [InlineData("-1.00")]
    [InlineData("1e2")]
    [InlineData("")]
    [InlineData(null)]
    public void Inexact_amounts_are_refused(string? text) => Assert.False(AlipayAmount.TryParse(text, out _));
}
