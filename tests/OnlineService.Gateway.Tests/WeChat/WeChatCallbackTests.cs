using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OnlineService.Conversation.Messaging;
using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Gateway.Tests.WeChat.Simulator;

namespace OnlineService.Gateway.Tests.WeChat;

/// <summary>The <c>/wechat</c> callback driven exactly as the WeChat server drives it, in every encryption mode.</summary>
public sealed class WeChatCallbackTests : WeChatGatewayTest
{
    private const string Resident = "oResident0001";

    [Fact]
    public async Task Url_verification_echoes_echostr_and_refuses_a_wrong_signature()
    {
        await using var gateway = Gateway(WeChatMode.Safe);
        var http = gateway.CreateClient();
        var timestamp = WeChatPushClient.Now().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = OnlineService.Channels.WeChat.WeChatSignature.Compute(WeChatPushClient.Token, timestamp, "4242");

        var ok = await http.GetAsync($"/wechat?signature={signature}&timestamp={timestamp}&nonce=4242&echostr=echo123", Cancel);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("echo123", await ok.Content.ReadAsStringAsync(Cancel));

        var bad = await http.GetAsync($"/wechat?signature={signature}&timestamp={timestamp}&nonce=4243&echostr=echo123", Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
    }

    [Theory]
    [InlineData(WeChatMode.Plaintext)]
    [InlineData(WeChatMode.Compatible)]
    [InlineData(WeChatMode.Safe)]
    public async Task Following_is_greeted_and_hello_gets_the_menu_as_a_passive_reply(WeChatMode mode)
    {
        await using var gateway = Gateway(mode);
        var wechat = new WeChatPushClient(gateway.CreateClient(), Platform, mode);

        var greeting = await wechat.SendAsync(wechat.Event(Resident, "subscribe"), Cancel);
        Assert.Equal(HttpStatusCode.OK, greeting.Status);
        Assert.Contains("欢迎使用测试热力", greeting.Content, StringComparison.Ordinal);
        Assert.Equal(Resident, greeting.Fields!["ToUserName"]);
        Assert.Equal(WeChatPushClient.Account, greeting.Fields["FromUserName"]);
        Assert.Equal("text", greeting.Fields["MsgType"]);

        var menu = await wechat.SendAsync(wechat.Text(Resident, "你好"), Cancel);
        Assert.Equal(HttpStatusCode.OK, menu.Status);
        Assert.Contains("回复 1 咨询", menu.Content, StringComparison.Ordinal);
        // The menu is listed once: the buttons, numbered by the channel, and no second list from the dialog.
        Assert.Equal(1, menu.Content!.Split("咨询").Length - 1);
    }

    [Theory]
    [InlineData(WeChatMode.Plaintext)]
    [InlineData(WeChatMode.Compatible)]
    [InlineData(WeChatMode.Safe)]
    public async Task A_tampered_or_stale_push_is_refused_and_runs_no_turn(WeChatMode mode)
    {
        await using var gateway = Gateway(mode);
        var wechat = new WeChatPushClient(gateway.CreateClient(), Platform, mode);

        var good = wechat.Text(Resident, "报修");
        var wrongSignature = good with { PathAndQuery = good.PathAndQuery.Replace("signature=", "signature=0", StringComparison.Ordinal) };
        var stale = wechat.Prepare(Resident, "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[报修]]></Content><MsgId>1</MsgId>",
            timestamp: (WeChatPushClient.Now() - 3600).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var refused = new List<PreparedPush> { wrongSignature, stale };
        if (mode != WeChatMode.Plaintext)
        {
            // The ciphertext is authenticated by msg_signature; change one character of it.
            var start = good.Body.IndexOf("<Encrypt><![CDATA[", StringComparison.Ordinal) + 18;
            var flipped = good.Body[start] == 'A' ? 'B' : 'A';
            refused.Add(good with { Body = good.Body[..start] + flipped + good.Body[(start + 1)..] });
        }

        foreach (var push in refused)
        {
            var response = await wechat.SendAsync(push, Cancel);
            Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        }

        Assert.Empty(Recorder.Turns);
        var transcript = gateway.Services.GetRequiredService<ITranscriptStore>();
        Assert.Empty(await transcript.ReadAsync($"wechat:{WeChatPushClient.AppId}:{Resident}", 0, 10, Cancel));
    }

    /// <summary>
    /// Issue 16, "WeChat plaintext accepted when an AES key is configured": the signature of a plaintext push covers the
    /// query string only, so a captured query let anyone post any body as any OpenID for the replay window.
    /// </summary>
    [Fact]
    public async Task A_plaintext_push_is_refused_when_an_aes_key_is_configured_unless_explicitly_allowed()
    {
        await using (var gateway = Gateway(WeChatMode.Compatible))
        {
            var forger = new WeChatPushClient(gateway.CreateClient(), Platform, WeChatMode.Plaintext);
            var response = await forger.SendAsync(forger.Text(Resident, "报修"), Cancel);

            Assert.False(response.Status is >= HttpStatusCode.OK and < HttpStatusCode.Ambiguous, $"answered {response.Status}");
            Assert.Empty(Recorder.Turns);
        }

        await using (var allowing = Gateway(WeChatMode.Compatible).WithSetting("WeChat:AllowPlaintext", "true"))
        {
            var plaintext = new WeChatPushClient(allowing.CreateClient(), Platform, WeChatMode.Plaintext);
            var response = await plaintext.SendAsync(plaintext.Text(Resident, "你好"), Cancel);

            Assert.Equal(HttpStatusCode.OK, response.Status);
            Assert.Single(Recorder.Turns, turn => turn.Text == "你好");
        }
    }

    [Theory]
    [InlineData(WeChatMode.Plaintext)]
    [InlineData(WeChatMode.Compatible)]
    [InlineData(WeChatMode.Safe)]
    public async Task An_identical_retry_runs_one_turn_and_gets_the_same_reply(WeChatMode mode)
    {
        await using var gateway = Gateway(mode);
        var wechat = new WeChatPushClient(gateway.CreateClient(), Platform, mode);
        var push = wechat.Text(Resident, "你好");

        var first = await wechat.SendAsync(push, Cancel);
        var retry = await wechat.SendAsync(push, Cancel);

        Assert.NotNull(first.Content);
        Assert.Equal(first.Content, retry.Content);
        Assert.Single(Recorder.Turns, turn => turn.Text == "你好");
    }

    [Fact]
    public async Task A_retry_that_arrives_while_the_turn_runs_joins_it_and_gets_the_same_reply()
    {
        // The widest budget and a turn well inside it, so that a loaded test machine does not make the turn late;
        // the retry still arrives while the turn runs.
        Recorder.SlowTurn = TimeSpan.FromSeconds(1.5);
        await using var gateway = Gateway(WeChatMode.Safe).WithSetting("WeChat:PassiveReplyBudget", "00:00:04.5");
        var wechat = new WeChatPushClient(gateway.CreateClient(), Platform, WeChatMode.Safe);
        var push = wechat.Text(Resident, TurnRecorder.SlowText);

        var first = wechat.SendAsync(push, Cancel);
        await Task.Delay(TimeSpan.FromMilliseconds(300), Cancel);
        var answers = await Task.WhenAll(first, wechat.SendAsync(push, Cancel));

        Assert.True(answers.All(a => a.Content is not null), string.Join(" | ", answers.Select(a => $"{a.Status} {a.Body}")));
        Assert.Equal(answers[0].Content, answers[1].Content);
        Assert.Single(Recorder.Turns, turn => turn.Text == TurnRecorder.SlowText);
        await Task.Delay(TimeSpan.FromSeconds(5), Cancel);
        Assert.Empty(Platform.CallsTo(WeChatPlatformSimulator.CustomSend));
    }

    [Theory]
    [InlineData(WeChatMode.Plaintext)]
    [InlineData(WeChatMode.Safe)]
    public async Task A_slow_turn_is_answered_success_then_delivered_through_the_customer_service_api(WeChatMode mode)
    {
        await using var gateway = Gateway(mode).WithSetting("WeChat:PassiveReplyBudget", "00:00:01");
        var wechat = new WeChatPushClient(gateway.CreateClient(), Platform, mode);

        var answer = await wechat.SendAsync(wechat.Text(Resident, TurnRecorder.SlowText), Cancel);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.IsSuccessAck, answer.Body);
        // The turn answers "not understood" and then shows the menu: two replies, each a customer-service message.
        var sent = await Platform.WaitForAsync(WeChatPlatformSimulator.CustomSend, 2);
        var texts = sent.Select(call =>
        {
            using var payload = JsonDocument.Parse(call.Body);
            Assert.Equal(Resident, payload.RootElement.GetProperty("touser").GetString());
            Assert.Equal("text", payload.RootElement.GetProperty("msgtype").GetString());
            return payload.RootElement.GetProperty("text").GetProperty("content").GetString()!;
        }).ToList();
        Assert.Contains("帮不上忙", texts[0], StringComparison.Ordinal);
        Assert.Contains("回复 1 咨询", texts[1], StringComparison.Ordinal);

        await Task.Delay(TimeSpan.FromSeconds(2), Cancel);
        Assert.Equal(2, Platform.CallsTo(WeChatPlatformSimulator.CustomSend).Count);
        Assert.Single(Recorder.Turns);
    }

    [Fact]
    public async Task A_retry_after_a_late_turn_gets_its_replies_passively_and_nothing_is_sent_twice()
    {
        await using var gateway = Gateway(WeChatMode.Compatible).WithSetting("WeChat:PassiveReplyBudget", "00:00:01");
        var wechat = new WeChatPushClient(gateway.CreateClient(), Platform, WeChatMode.Compatible);
        var push = wechat.Text(Resident, TurnRecorder.SlowText);

        Assert.True((await wechat.SendAsync(push, Cancel)).IsSuccessAck);
        await Task.Delay(TimeSpan.FromSeconds(2), Cancel);
        var retry = await wechat.SendAsync(push, Cancel);

        Assert.Contains("帮不上忙", retry.Content, StringComparison.Ordinal);
        Assert.Contains("回复 1 咨询", retry.Content, StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(4), Cancel);
        Assert.Empty(Platform.CallsTo(WeChatPlatformSimulator.CustomSend));
        Assert.Single(Recorder.Turns);
    }

    [Fact]
    public async Task A_long_text_starts_in_the_passive_reply_and_continues_through_the_customer_service_api()
    {
        await using var gateway = Gateway(WeChatMode.Safe).WithSetting("WeChat:TextMaxBytes", "200");
        var wechat = new WeChatPushClient(gateway.CreateClient(), Platform, WeChatMode.Safe);

        var answer = await wechat.SendAsync(wechat.Text(Resident, "帮助"), Cancel);

        Assert.StartsWith("我是测试热力的在线客服", answer.Content, StringComparison.Ordinal);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(answer.Content!) <= 200);
        // The remaining parts go out one after another; wait for the one that ends the text.
        List<string> parts;
        var count = 1;
        do
        {
            var rest = await Platform.WaitForAsync(WeChatPlatformSimulator.CustomSend, count++);
            parts = [.. rest.Select(call => JsonDocument.Parse(call.Body).RootElement.GetProperty("text").GetProperty("content").GetString()!)];
        }
        while (!parts.Any(part => part.Contains("转人工", StringComparison.Ordinal)) && count <= 10);

        Assert.DoesNotContain(parts, part => part == answer.Content);
        Assert.Contains(parts, part => part.Contains("转人工", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_token_that_expires_before_a_send_is_renewed_once_and_the_send_repeated()
    {
        await using var gateway = Gateway(WeChatMode.Safe).WithSetting("WeChat:PassiveReplyBudget", "00:00:01");
        var wechat = new WeChatPushClient(gateway.CreateClient(), Platform, WeChatMode.Safe);

        Assert.True((await wechat.SendAsync(wechat.Text(Resident, TurnRecorder.SlowText), Cancel)).IsSuccessAck);
        await Platform.WaitForAsync(WeChatPlatformSimulator.Typing, 1);
        Platform.ExpireToken();

        await Platform.WaitForAsync(WeChatPlatformSimulator.CustomSend, 2);
        var sends = Platform.CallsTo(WeChatPlatformSimulator.CustomSend);
        Assert.Equal([42001, 0, 0], sends.Select(s => s.ErrCode));
        Assert.NotEqual(sends[0].AccessToken, sends[1].AccessToken);
        Assert.Equal(2, Platform.TokensIssued);
    }

    [Fact]
    public async Task Following_through_a_parametric_qr_code_reaches_the_bot_with_the_scene()
    {
        await using var gateway = Gateway(WeChatMode.Safe);
        var wechat = new WeChatPushClient(gateway.CreateClient(), Platform, WeChatMode.Safe);

        var answer = await wechat.SendAsync(
            wechat.Event(Resident, "subscribe", "qrscene_bind_8f3a", "<Ticket><![CDATA[gQH47joAAAAAAAAAASxodHRwOi8vd2VpeGluLnFxLmNvbS9xL2taZ2Z3TVRtNzJXV1Brb3ZhYmJJAAIEZ23sUwMEmm3sUw==]]></Ticket>"),
            Cancel);

        Assert.Contains("欢迎", answer.Content, StringComparison.Ordinal);
        var turn = Assert.Single(Recorder.Turns);
        Assert.Equal("event", turn.Type);
        Assert.Equal("wechat.subscribe", turn.Name);
        Assert.Equal("bind_8f3a", turn.Value!.Value.GetProperty("scene").GetString());
    }

    [Fact]
    public async Task The_channel_is_off_unless_enabled()
    {
        await using var gateway = new GatewayFactory(Data.Path);
        var response = await gateway.CreateClient().GetAsync("/wechat?signature=x&timestamp=1&nonce=1&echostr=e", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Enabled_without_an_app_id_stops_the_start_naming_the_key()
    {
        var error = await GatewayFactory.StartFailureAsync(() => Gateway(WeChatMode.Safe).WithSetting("WeChat:AppId", ""));
        Assert.Contains("WeChat:AppId", error.ToString(), StringComparison.Ordinal);
    }
}
