using OnlineService.Services.Billing;

namespace OnlineService.Storage.Tests;

public sealed class PaymentStoreContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PaymentRecord Attempt(string no, DateTimeOffset? created = null, string bill = "B2026-2023100188") =>
        new(no, bill, "2023100188", 214800, "qr", "{\"channelId\":\"directline\"}", created ?? TestProviders.T0, (created ?? TestProviders.T0).AddHours(2));

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_attempt_reads_back_and_its_number_cannot_be_reissued(string provider)
    {
        await using var stores = TestStores.Open(provider);

        Assert.True(await stores.Payments.CreateAsync(Attempt("HT1"), Ct));
        Assert.False(await stores.Payments.CreateAsync(Attempt("HT1") with { AmountFen = 1 }, Ct));

        Assert.Equal(Attempt("HT1"), await stores.Payments.FindAsync("HT1", Ct));
        Assert.Null(await stores.Payments.FindAsync("HT2", Ct));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Concurrent_mark_paid_from_two_store_instances_has_exactly_one_winner(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await using var other = stores.OpenSecondInstance();
        await stores.Payments.CreateAsync(Attempt("HT1"), Ct);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var marks = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await start.Task;
            var store = i % 2 == 0 ? stores.Payments : other.Payments;
            await store.RecordNotificationAsync("HT1", Ct);
            return await store.MarkPaidAsync("HT1", "2026120222001", TestProviders.T0.AddMinutes(3), Ct);
        }, Ct)).ToList();
        start.SetResult();
        var results = await Task.WhenAll(marks);

        Assert.Single(results, won => won);
        var stored = await stores.Payments.FindAsync("HT1", Ct);
        Assert.Equal((PaymentStatus.Paid, "2026120222001", 8), (stored!.Status, stored.TradeNo, stored.NotificationsReceived));
        Assert.Equal(TestProviders.T0.AddMinutes(3), stored.PaidAt);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Status_only_moves_forward_and_money_wins_over_a_local_close(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await stores.Payments.CreateAsync(Attempt("HT1"), Ct);
        await stores.Payments.CreateAsync(Attempt("HT2"), Ct);

        Assert.True(await stores.Payments.MarkClosedAsync("HT1", Ct));
        Assert.False(await stores.Payments.MarkClosedAsync("HT1", Ct));
        Assert.True(await stores.Payments.MarkPaidAsync("HT1", "T1", TestProviders.T0, Ct));
        Assert.False(await stores.Payments.MarkClosedAsync("HT1", Ct));
        Assert.True(await stores.Payments.MarkPaidAsync("HT2", "T2", TestProviders.T0, Ct));
        Assert.False(await stores.Payments.MarkPaidAsync("HT2", "T2", TestProviders.T0, Ct));

        Assert.Equal(PaymentStatus.Paid, (await stores.Payments.FindAsync("HT1", Ct))!.Status);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Paid_but_unapplied_records_are_listed_until_applied_and_the_count_adds_only_real_applications(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await stores.Payments.CreateAsync(Attempt("HT1"), Ct);
        await stores.Payments.CreateAsync(Attempt("HT2"), Ct);
        await stores.Payments.MarkPaidAsync("HT1", "T1", TestProviders.T0, Ct);
        await stores.Payments.MarkAppliedAsync("HT2", 1, TestProviders.T0, Ct); // not paid: ignored

        Assert.Equal(["HT1"], (await stores.Payments.ListUnappliedAsync(Ct)).Select(p => p.OutTradeNo));

        await stores.Payments.MarkAppliedAsync("HT1", 1, TestProviders.T0.AddSeconds(1), Ct);
        await stores.Payments.MarkAppliedAsync("HT1", 0, TestProviders.T0.AddSeconds(9), Ct);

        Assert.Empty(await stores.Payments.ListUnappliedAsync(Ct));
        var stored = await stores.Payments.FindAsync("HT1", Ct);
        Assert.Equal((1, TestProviders.T0.AddSeconds(1)), (stored!.AppliedCount, stored.AppliedAt));
        Assert.Equal(0, (await stores.Payments.FindAsync("HT2", Ct))!.AppliedCount);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Lists_by_time_status_and_bill_newest_first(string provider)
    {
        await using var stores = TestStores.Open(provider);
        await stores.Payments.CreateAsync(Attempt("HT1", TestProviders.T0), Ct);
        await stores.Payments.CreateAsync(Attempt("HT2", TestProviders.T0.AddHours(1)), Ct);
        await stores.Payments.CreateAsync(Attempt("HT3", TestProviders.T0.AddHours(2), bill: "B2026-2021077530"), Ct);
        await stores.Payments.MarkPaidAsync("HT2", "T2", TestProviders.T0, Ct);

        Assert.Equal(["HT3", "HT2", "HT1"], (await stores.Payments.ListAsync(new PaymentQuery(), Ct)).Select(p => p.OutTradeNo));
        Assert.Equal(["HT2", "HT1"], (await stores.Payments.ListAsync(new PaymentQuery(TestProviders.T0, TestProviders.T0.AddHours(2)), Ct)).Select(p => p.OutTradeNo));
        Assert.Equal(["HT2"], (await stores.Payments.ListAsync(new PaymentQuery(Status: PaymentStatus.Paid), Ct)).Select(p => p.OutTradeNo));
        Assert.Equal(["HT3"], (await stores.Payments.ListAsync(new PaymentQuery(BillId: "B2026-2021077530"), Ct)).Select(p => p.OutTradeNo));
    }
}
