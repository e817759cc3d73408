using OnlineService.Services.Handoff;

namespace OnlineService.Services.Tests.Handoff;

public sealed class AgentDeskOptionsTests
{
    [Theory]
    [InlineData("bill.query", AgentGroups.Billing)]
    [InlineData("invoice.get", AgentGroups.Billing)]
    [InlineData("refund", AgentGroups.Billing)]
    [InlineData("repair.leak", AgentGroups.Repair)]
    [InlineData("complaint", AgentGroups.Complaints)]
    [InlineData("report", AgentGroups.Complaints)]
    [InlineData("faq.hotline", AgentGroups.General)]
    [InlineData(null, AgentGroups.General)]
    public void Intents_map_to_groups_by_id_or_prefix(string? intent, string group) =>
        Assert.Equal(group, new AgentDeskOptions().GroupFor(intent));

    [Theory]
    [InlineData(7, 59, false)]
    [InlineData(8, 0, true)]
    [InlineData(19, 59, true)]
    [InlineData(20, 0, false)]
    [InlineData(23, 30, false)]
    public void Service_hours_are_counted_in_china_time(int hour, int minute, bool inside)
    {
        var chinaTime = new DateTimeOffset(2026, 11, 23, hour, minute, 0, TimeSpan.FromHours(8));

        Assert.Equal(inside, new AgentDeskOptions().IsServiceTime(chinaTime.ToUniversalTime()));
    }

    [Fact]
    public void Hours_across_midnight_wrap()
    {
        var night = new AgentDeskOptions { ServiceHoursStart = TimeSpan.FromHours(20), ServiceHoursEnd = TimeSpan.FromHours(8) };

        Assert.True(night.IsServiceTime(new DateTimeOffset(2026, 11, 23, 23, 0, 0, TimeSpan.FromHours(8))));
        Assert.True(night.IsServiceTime(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.FromHours(8))));
        Assert.False(night.IsServiceTime(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.FromHours(8))));
    }
}
