using Microsoft.Extensions.DependencyInjection;
using OnlineService.Conversation.Tests.Harness;
using OnlineService.Dialogs.WorkOrders;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Conversation.Tests.WorkOrders;

/// <summary>
/// The other side of a transcript: the desk and the handling unit move orders through <see cref="WorkOrderService"/>,
/// and the survey is offered the way the gateway's due-item handler does (at the next time outside quiet hours).
/// </summary>
internal sealed class HandlingUnit(ConversationHost host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public WorkOrderService WorkOrders => host.Services.GetRequiredService<WorkOrderService>();

    /// <summary>The resident's orders (unbound chat identity and any account), oldest first.</summary>
    public async Task<IReadOnlyList<WorkOrder>> OrdersAsync(params string[] accountNumbers)
    {
        var store = host.Services.GetRequiredService<IWorkOrderStore>();
        var orders = new List<WorkOrder>();
        foreach (var id in accountNumbers.Prepend($"test:{host.UserId}"))
        {
            orders.AddRange(await store.ListByResidentAsync(id, Ct));
        }

        return [.. orders.OrderBy(o => o.Number)];
    }

    public async Task<WorkOrder> OnlyOrderAsync(params string[] accountNumbers) => Assert.Single(await OrdersAsync(accountNumbers));

    /// <summary>Accepts, dispatches to <paramref name="handler"/>, contacts, visits (when the category has a visit) and resolves.</summary>
    public async Task<WorkOrder> HandleAsync(string number, string handler = "维修班组7", bool visit = true)
    {
        await WorkOrders.AcceptAsync(number, "desk", null, Ct);
        await WorkOrders.DispatchAsync(number, handler, "desk", null, Ct);
        return await FinishAsync(number, handler, visit);
    }

    /// <summary>Contact, visit and resolution by the dispatched handler.</summary>
    public async Task<WorkOrder> FinishAsync(string number, string handler = "维修班组7", bool visit = true)
    {
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        await WorkOrders.RecordContactAsync(number, handler, null, Ct);
        if (visit)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(20));
            await WorkOrders.RecordArrivalAsync(number, handler, null, Ct);
        }

        host.Clock.Advance(TimeSpan.FromMinutes(30));
        return (await WorkOrders.ResolveAsync(number, new Resolution("已处理完毕", visit ? HandlingMethod.OnSite : HandlingMethod.Phone), handler, Ct)).Order;
    }

    /// <summary>
    /// Offers the callback survey as the gateway does: waits until the first time outside the profile's quiet hours
    /// (T/CDHA 6.7.5), marks the conversation and returns the survey's question. Returns the moment it was sent too.
    /// </summary>
    public async Task<(string Question, DateTimeOffset SentAt)> OfferSurveyAsync(string number)
    {
        var order = await WorkOrders.GetAsync(number, Ct);
        var resolvedIndex = WorkOrderNotices.AwaitingCallback(order) ?? throw new InvalidOperationException($"Order {number} waits for no callback.");
        var sendAt = WorkOrderNotices.SurveyTime(WorkOrders.Sla.Profile.CallbackQuietHours, order.Timeline[resolvedIndex].At);
        if (sendAt > host.Clock.GetUtcNow())
        {
            host.Clock.SetUtcNow(sendAt);
        }

        var survey = host.Services.GetRequiredService<WorkOrderMessages>().Survey(order) ?? throw new InvalidOperationException("The order has no notice address.");
        await host.Services.GetRequiredService<PendingSurveyStore>().OfferAsync(
            "test", host.ConversationId, new PendingSurvey(number, resolvedIndex, host.Clock.GetUtcNow()), Ct);
        return (survey.Text!, host.Clock.GetUtcNow());
    }
}
