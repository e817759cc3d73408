using OnlineService.Services.Billing;

namespace OnlineService.Storage.Tests;

public sealed class RefundStoreContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static RefundRecord Refund(string no, string trade = "HT1", long fen = 10000) =>
        new(no, trade, "B2026-2023100188", fen, "多缴退费", "operator-1", TestProviders.T0);

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_refund_reads_back_and_its_request_number_is_unique(string provider)
    {
        await using var stores = TestStores.Open(provider);

        Assert.True(await stores.Refunds.CreateAsync(Refund("HT1R1"), Ct));
        Assert.False(await stores.Refunds.CreateAsync(Refund("HT1R1", fen: 1), Ct));
        await stores.Refunds.CreateAsync(Refund("HT1R2") with { RequestedAt = TestProviders.T0.AddMinutes(1) }, Ct);
        await stores.Refunds.CreateAsync(Refund("HT2R1", trade: "HT2"), Ct);

        Assert.Equal(Refund("HT1R1"), await stores.Refunds.FindAsync("HT1R1", Ct));
        Assert.Equal(["HT1R1", "HT1R2"], (await stores.Refunds.ListForPaymentAsync("HT1", Ct)).Select(r => r.OutRequestNo));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Pending_moves_once_to_settled_or_failed(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await stores.Refunds.CreateAsync(Refund("HT1R1"), Ct);
        await stores.Refunds.CreateAsync(Refund("HT1R2"), Ct);
        await stores.Refunds.CreateAsync(Refund("HT1R3"), Ct);

        var settles = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => stores.Refunds.MarkSettledAsync("HT1R1", TestProviders.T0.AddHours(1), Ct)));
        Assert.Single(settles, won => won);
        Assert.True(await stores.Refunds.MarkFailedAsync("HT1R2", "ACQ.TRADE_HAS_FINISHED", Ct));
        Assert.False(await stores.Refunds.MarkSettledAsync("HT1R2", TestProviders.T0, Ct));

        Assert.Equal(["HT1R3"], (await stores.Refunds.ListPendingAsync(Ct)).Select(r => r.OutRequestNo));
        var settled = await stores.Refunds.FindAsync("HT1R1", Ct);
        Assert.Equal((RefundStatus.Settled, TestProviders.T0.AddHours(1)), (settled!.Status, settled.SettledAt));
        Assert.Equal("ACQ.TRADE_HAS_FINISHED", (await stores.Refunds.FindAsync("HT1R2", Ct))!.FailureReason);
    }
}
