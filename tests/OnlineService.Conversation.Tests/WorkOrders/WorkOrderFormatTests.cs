using OnlineService.Dialogs.WorkOrders;

namespace OnlineService.Conversation.Tests.WorkOrders;

public sealed class WorkOrderFormatTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public void Times_read_in_beijing_time_and_midnight_is_the_end_of_the_day_before()
    {
        Assert.Equal("11月23日 10:30", WorkOrderFormat.Time(new DateTimeOffset(2026, 11, 23, 2, 30, 0, TimeSpan.Zero)));
        Assert.Equal("11月23日 24:00", WorkOrderFormat.Time(new DateTimeOffset(2026, 11, 24, 0, 0, 0, Beijing)));
        Assert.Equal("12月31日 24:00", WorkOrderFormat.Time(new DateTimeOffset(2027, 1, 1, 0, 0, 0, Beijing)));
        Assert.Equal("11月23日（周一）08:00-10:00",
            WorkOrderFormat.Window(new DateTimeOffset(2026, 11, 23, 8, 0, 0, Beijing), new DateTimeOffset(2026, 11, 23, 10, 0, 0, Beijing)));
    }
}
