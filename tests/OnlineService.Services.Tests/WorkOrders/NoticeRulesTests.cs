using System.Text.Json;
using OnlineService.Services.Calendar;
using OnlineService.Services.Tests.Support;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Services.Tests.WorkOrders;

/// <summary>Which steps are told to the resident, when the survey may go, which visit windows are offered.</summary>
public sealed class NoticeRulesTests
{
    private static readonly DailyWindows Quiet = DailyWindows.Parse("12:00-14:00, 21:00-08:00");

    [Theory]
    [InlineData(10, 30, 10, 30)]
    [InlineData(12, 0, 14, 0)]
    [InlineData(13, 59, 14, 0)]
    [InlineData(14, 0, 14, 0)]
    [InlineData(20, 59, 20, 59)]
    [InlineData(21, 0, 8, 0)]
    [InlineData(23, 30, 8, 0)]
    [InlineData(7, 0, 8, 0)]
    public void The_survey_never_goes_in_rest_or_meal_times(int hour, int minute, int sentHour, int sentMinute)
    {
        var resolved = Cst.At(2026, 11, 18, hour, minute);
        var sent = WorkOrderNotices.SurveyTime(Quiet, resolved);
        Assert.Equal((sentHour, sentMinute), (ChinaTime.ToChina(sent).Hour, ChinaTime.ToChina(sent).Minute));
        Assert.True(sent >= resolved && sent - resolved < TimeSpan.FromHours(12));
    }

    [Fact]
    public async Task Milestones_are_the_told_steps_and_the_callback_is_awaited_once_per_resolution()
    {
        var h = new WorkOrderHarness(ServiceProfiles.National);
        var ct = WorkOrderHarness.Ct;
        var number = (await h.Service.ReceiveAsync(WorkOrderHarness.Intake(WorkOrderCategory.RepairLeak), "resident", ct)).Result.Order.Number;
        await h.Service.AcceptAsync(number, "desk", null, ct);
        await h.Service.DispatchAsync(number, "unit-1", "desk", null, ct);
        await h.Service.RecordContactAsync(number, "unit-1", null, ct);
        await h.Service.RecordArrivalAsync(number, "unit-1", null, ct);
        var resolved = (await h.Service.ResolveAsync(number, new Resolution("done", HandlingMethod.OnSite), "unit-1", ct)).Order;

        Assert.Equal(["accepted", "dispatched", "contacted", "onsite", "resolved"], WorkOrderNotices.Milestones(resolved).Select(m => m.Stage));
        Assert.Equal(resolved.Timeline.Count - 1, WorkOrderNotices.AwaitingCallback(resolved));

        var reopened = (await h.Service.RecordCallbackAsync(number, new CallbackAnswer(false), "resident", ct)).Order;
        Assert.Null(WorkOrderNotices.AwaitingCallback(reopened));
        Assert.Equal("dispatched", WorkOrderNotices.Milestones(reopened).Last().Stage);
    }

    [Fact]
    public void Beijing_temperature_visits_skip_the_midday_slots_and_other_repairs_do_not()
    {
        var sunday10 = Cst.At(2026, 11, 22, 10);
        var beijing = VisitSlots.Offer(ServiceProfiles.Beijing, WorkOrderCategory.RepairTemperatureCheck, sunday10);
        var national = VisitSlots.Offer(ServiceProfiles.National, WorkOrderCategory.RepairTemperatureCheck, sunday10);
        var other = VisitSlots.Offer(ServiceProfiles.Beijing, WorkOrderCategory.RepairOther, sunday10);

        Assert.Equal([Cst.At(2026, 11, 22, 16), Cst.At(2026, 11, 23, 8), Cst.At(2026, 11, 23, 10), Cst.At(2026, 11, 23, 16)], beijing.Select(s => s.Start));
        Assert.Equal(Cst.At(2026, 11, 22, 14), national[0].Start);
        Assert.Equal(Cst.At(2026, 11, 22, 14), other[0].Start);
        Assert.All(beijing, s => Assert.True(VisitRules.IsTemperatureVisitAllowed(ServiceProfiles.Beijing, s.Start, s.End - s.Start)));
    }

    [Fact]
    public async Task What_the_dialog_collected_is_kept_on_the_order_and_survives_json()
    {
        var h = new WorkOrderHarness(ServiceProfiles.National);
        var intake = WorkOrderHarness.Intake(WorkOrderCategory.RepairNotWarm) with
        {
            NoticeAddress = """{"channelId":"wechat","conversationId":"c"}""",
            VisitWindowStart = Cst.At(2026, 11, 23, 8),
            VisitWindowEnd = Cst.At(2026, 11, 23, 10),
            ResidentPhotoUrls = ["https://files.example/a.jpg"],
        };
        var order = (await h.Service.ReceiveAsync(intake, "resident", WorkOrderHarness.Ct)).Result.Order;

        var back = JsonSerializer.Deserialize<WorkOrder>(JsonSerializer.Serialize(order))!;
        Assert.Equal((intake.NoticeAddress, intake.VisitWindowStart, intake.VisitWindowEnd), (back.NoticeAddress, back.VisitWindowStart, back.VisitWindowEnd));
        Assert.Equal(intake.ResidentPhotoUrls, back.ResidentPhotoUrls);
    }
}
