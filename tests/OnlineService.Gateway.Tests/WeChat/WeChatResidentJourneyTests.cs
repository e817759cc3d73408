using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OnlineService.Gateway.Tests.WeChat.Simulator;
using OnlineService.Services.Accounts;

namespace OnlineService.Gateway.Tests.WeChat;

/// <summary>
/// Acceptance of issue 4, entirely over the simulated WeChat channel: following, the menu click 绑定户号, proving
/// ownership in chat, a menu question answered; a binding QR code; the attempt limit.
/// </summary>
public sealed class WeChatResidentJourneyTests : WeChatGatewayTest
{
    private const string OperatorKey = "test-operator-key-0123456789";

    [Fact]
    public async Task A_new_follower_binds_an_account_from_the_menu_and_gets_a_menu_answer()
    {
        const string resident = "oJourney0001";
        await using var gateway = Gateway(WeChatMode.Safe);
        var wechat = new WeChatPushClient(gateway.CreateClient(), Platform, WeChatMode.Safe);

        var welcome = await wechat.SendAsync(wechat.Event(resident, "subscribe"), Cancel);
        Assert.Contains("欢迎使用测试热力", welcome.Content, StringComparison.Ordinal);

        var askNumber = await wechat.SendAsync(wechat.Event(resident, "CLICK", "BIND_ACCOUNT"), Cancel);
        Assert.Contains("请输入您的供热户号", askNumber.Content, StringComparison.Ordinal);

        var askProof = await wechat.SendAsync(wechat.Text(resident, "2023100188"), Cancel);
        Assert.Contains("请选择一种验证方式", askProof.Content, StringComparison.Ordinal);
        Assert.Contains("回复 1 手机后四位", askProof.Content, StringComparison.Ordinal);

        // "1" answers the list the channel numbered.
        var askDigits = await wechat.SendAsync(wechat.Text(resident, "1"), Cancel);
        Assert.Contains("手机号码的后四位", askDigits.Content, StringComparison.Ordinal);

        var confirm = await wechat.SendAsync(wechat.Text(resident, "5678"), Cancel);
        Assert.Contains("请确认：绑定户号 2023100188", confirm.Content, StringComparison.Ordinal);

        var bound = await wechat.SendAsync(wechat.Text(resident, "是"), Cancel);
        await ReplyContainingAsync(bound, resident, before: 0, "绑定成功！户号 2023****88（朝阳区**花园…）");

        var accounts = gateway.Services.GetRequiredService<AccountBindingService>();
        var mine = await accounts.GetAsync("wechat", resident, Cancel);
        Assert.Equal("2023100188", Assert.Single(mine.Accounts).AccountNumber);
        Assert.Equal("2023100188", mine.DefaultAccountNumber);

        var sentBefore = Platform.CallsTo(WeChatPlatformSimulator.CustomSend).Count;
        var answer = await wechat.SendAsync(wechat.Text(resident, "供暖从哪天开始"), Cancel);
        await ReplyContainingAsync(answer, resident, sentBefore, "本地供暖期是11月15日");
    }

    [Fact]
    public async Task A_menu_click_for_a_main_menu_item_starts_it()
    {
        const string resident = "oJourney0002";
        await using var gateway = Gateway(WeChatMode.Plaintext);
        var wechat = new WeChatPushClient(gateway.CreateClient(), Platform, WeChatMode.Plaintext);

        var bill = await wechat.SendAsync(wechat.Event(resident, "CLICK", "BILL"), Cancel);

        Assert.Equal(HttpStatusCode.OK, bill.Status);
        var turn = Assert.Single(Recorder.Turns);
        Assert.Equal("message", turn.Type);
        Assert.Equal("缴费/账单", turn.Text);
        Assert.False(bill.IsSuccessAck && Platform.CallsTo(WeChatPlatformSimulator.CustomSend).Count == 0, "The click got no answer.");

        // A key nobody configured is recorded but runs no dialog turn's answer.
        var unknown = await wechat.SendAsync(wechat.Event(resident, "CLICK", "NOT_CONFIGURED"), Cancel);
        Assert.True(unknown.IsSuccessAck);
    }

    [Fact]
    public async Task An_operator_binding_QR_code_starts_binding_with_the_account_filled_in_and_masked()
    {
        const string resident = "oJourney0003";
        await using var gateway = Gateway(WeChatMode.Safe);
        var http = gateway.CreateClient();
        var wechat = new WeChatPushClient(http, Platform, WeChatMode.Safe);

        var operatorApi = gateway.CreateClient();
        operatorApi.DefaultRequestHeaders.Add("X-Api-Key", OperatorKey);
        var created = await operatorApi.PostAsJsonAsync("/api/wechat/bind-invitations", new { accountNumber = "2021077530", validDays = 7 }, Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Cancel));
        var ticket = body.RootElement.GetProperty("ticket").GetString()!;
        Assert.StartsWith("https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=", body.RootElement.GetProperty("imageUrl").GetString(), StringComparison.Ordinal);

        // The scene is an opaque token: the account number never reaches the platform.
        var call = Assert.Single(Platform.CallsTo(WeChatPlatformSimulator.QrCodeCreate));
        Assert.DoesNotContain("2021077530", call.Body, StringComparison.Ordinal);
        Assert.Contains("\"QR_STR_SCENE\"", call.Body, StringComparison.Ordinal);
        Assert.Contains("\"expire_seconds\":604800", call.Body, StringComparison.Ordinal);
        var scene = Platform.SceneOf(ticket)!;
        Assert.StartsWith("bind_", scene, StringComparison.Ordinal);

        // A new follower scans it: subscribe with qrscene_<scene>.
        var scanned = await wechat.SendAsync(wechat.Event(resident, "subscribe", "qrscene_" + scene, $"<Ticket><![CDATA[{ticket}]]></Ticket>"), Cancel);
        Assert.Contains("请选择一种验证方式", scanned.Content, StringComparison.Ordinal);

        await wechat.SendAsync(wechat.Text(resident, "1"), Cancel);
        var confirm = await wechat.SendAsync(wechat.Text(resident, "2222"), Cancel);
        Assert.Contains("请确认：绑定户号 2021****30", confirm.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("2021077530", confirm.Content, StringComparison.Ordinal);

        var bound = await wechat.SendAsync(wechat.Text(resident, "是"), Cancel);
        await ReplyContainingAsync(bound, resident, 0, "绑定成功");
        var mine = await gateway.Services.GetRequiredService<AccountBindingService>().GetAsync("wechat", resident, Cancel);
        Assert.Equal("2021077530", Assert.Single(mine.Accounts).AccountNumber);
    }

    [Fact]
    public async Task An_existing_follower_scanning_a_code_binds_but_a_forged_scene_only_greets()
    {
        const string resident = "oJourney0004";
        await using var gateway = Gateway(WeChatMode.Compatible);
        var wechat = new WeChatPushClient(gateway.CreateClient(), Platform, WeChatMode.Compatible);
        var operatorApi = gateway.CreateClient();
        operatorApi.DefaultRequestHeaders.Add("X-Api-Key", OperatorKey);

        var forged = await wechat.SendAsync(wechat.Event(resident, "SCAN", "bind_forgedtoken0123456789"), Cancel);
        Assert.DoesNotContain("验证方式", forged.Content ?? "", StringComparison.Ordinal);

        var created = await operatorApi.PostAsJsonAsync("/api/wechat/bind-invitations", new { accountNumber = "2023100256", permanent = true }, Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("\"QR_LIMIT_STR_SCENE\"", Assert.Single(Platform.CallsTo(WeChatPlatformSimulator.QrCodeCreate)).Body, StringComparison.Ordinal);
        var scene = Platform.SceneOf(body.RootElement.GetProperty("ticket").GetString()!)!;

        await wechat.SendAsync(wechat.Text(resident, "取消"), Cancel);
        var scanned = await wechat.SendAsync(wechat.Event(resident, "SCAN", scene), Cancel);
        Assert.Contains("请选择一种验证方式", scanned.Content, StringComparison.Ordinal);

        var unknownAccount = await operatorApi.PostAsJsonAsync("/api/wechat/bind-invitations", new { accountNumber = "1999999999" }, Cancel);
        Assert.Equal(HttpStatusCode.NotFound, unknownAccount.StatusCode);
        var anonymous = await gateway.CreateClient().PostAsJsonAsync("/api/wechat/bind-invitations", new { accountNumber = "2023100256" }, Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Wrong_proofs_in_chat_lock_binding_after_the_limit()
    {
        const string resident = "oJourney0005";
        await using var gateway = Gateway(WeChatMode.Plaintext);
        var wechat = new WeChatPushClient(gateway.CreateClient(), Platform, WeChatMode.Plaintext);

        var sentBefore = 0;
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var ask = await wechat.SendAsync(wechat.Text(resident, attempt == 1 ? "我想绑定户号 2023100188" : "2023100188"), Cancel);
            Assert.Contains("验证方式", ask.Content, StringComparison.Ordinal);
            await wechat.SendAsync(wechat.Text(resident, "1"), Cancel);
            await wechat.SendAsync(wechat.Text(resident, "0000"), Cancel);
            sentBefore = Platform.CallsTo(WeChatPlatformSimulator.CustomSend).Count;
            var refused = await wechat.SendAsync(wechat.Text(resident, "是"), Cancel);
            if (attempt == 5)
            {
                await ReplyContainingAsync(refused, resident, sentBefore, "绑定功能已暂时锁定");
            }
            else
            {
                await ReplyContainingAsync(refused, resident, sentBefore, $"您还可以再尝试 {5 - attempt} 次");
                var again = await wechat.SendAsync(wechat.Text(resident, "是"), Cancel);
                Assert.Contains("请输入您的供热户号", again.Content, StringComparison.Ordinal);
            }
        }

        var mine = await gateway.Services.GetRequiredService<AccountBindingService>().GetAsync("wechat", resident, Cancel);
        Assert.Empty(mine.Accounts);
        Assert.NotNull(mine.LockedUntil);
    }

    /// <summary>
    /// The reply of one push that contains <paramref name="expected"/>, as the resident sees it: the passive reply, or
    /// a customer-service message that followed it (replies that did not fit into one passive message go through the
    /// outbox once the passive budget has passed). Fails after 15 s.
    /// </summary>
    private async Task<string> ReplyContainingAsync(PushResponse response, string resident, int before, string expected)
    {
        if (response.Content is { } passive && passive.Contains(expected, StringComparison.Ordinal))
        {
            return passive;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        deadline.CancelAfter(TimeSpan.FromSeconds(15));
        while (true)
        {
            var sent = Platform.CallsTo(WeChatPlatformSimulator.CustomSend).Skip(before)
                .Where(c => c.ErrCode == 0)
                .Select(c => JsonDocument.Parse(c.Body).RootElement)
                .Where(root => root.GetProperty("touser").GetString() == resident && root.TryGetProperty("text", out _))
                .Select(root => root.GetProperty("text").GetProperty("content").GetString()!)
                .FirstOrDefault(text => text.Contains(expected, StringComparison.Ordinal));
            if (sent is not null)
            {
                return sent;
            }

            if (deadline.IsCancellationRequested)
            {
                Assert.Fail($"No reply contains '{expected}'. Passive: {response.Content ?? response.Body}");
            }

            await Task.Delay(100, CancellationToken.None);
        }
    }
}
