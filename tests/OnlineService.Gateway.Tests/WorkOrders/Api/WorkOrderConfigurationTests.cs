using Microsoft.Extensions.Time.Testing;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests.WorkOrders.Api;

/// <summary>The WorkOrders settings are checked at start: a bad value stops the gateway naming the key.</summary>
public sealed class WorkOrderConfigurationTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task The_configured_profile_and_override_are_the_policy_in_force()
    {
        await using var gateway = new WorkOrderApiGateway(_data.Path, new FakeTimeProvider(WorkOrderApiGateway.Start), configure: f => f
            .WithSetting("WorkOrders:Profile", "beijing")
            .WithSetting("WorkOrders:Overrides:repair.leak:OnSite", "20min"));

        var sla = gateway.WorkOrders.Sla;

        Assert.Equal("beijing", sla.Profile.Name);
        Assert.Equal(OnlineService.Services.WorkOrders.SlaDuration.Minutes(20),
            sla.Profile.Find(OnlineService.Services.WorkOrders.WorkOrderCategory.RepairLeak, OnlineService.Services.WorkOrders.SlaMilestone.OnSite)!.Duration);
    }

    [Theory]
    [InlineData("WorkOrders:Profile", "shanghai")]
    [InlineData("WorkOrders:Overrides:repair.leak:OnSite", "soon")]
    [InlineData("WorkOrders:CalendarDays:0:Date", "2028-02-30")]
    [InlineData("WorkOrders:UnitApi:Units:unit-c:ApiKeys:0", "short")]
    [InlineData("WorkOrders:Webhook:Secret", "too-short")]
    [InlineData("WorkOrders:Hotline12345:Categories:停电", "power.outage")]
    [InlineData("WorkOrders:EmergencyUnit", "unit-nobody-configured")]
    public async Task A_bad_value_stops_the_start_naming_its_key(string key, string value)
    {
        var error = await GatewayFactory.StartFailureAsync(() =>
            new GatewayFactory(_data.Path)
                .WithSetting("WorkOrders:Webhook:Url", WorkOrderApiGateway.WebhookUrl)
                .WithSetting("WorkOrders:Webhook:Secret", WorkOrderApiGateway.WebhookSecret)
                .WithSetting(key, value));

        var prefix = key.StartsWith("WorkOrders:CalendarDays", StringComparison.Ordinal) ? "WorkOrders:CalendarDays:0:Date" : key;
        Assert.Contains(prefix, error.ToString(), StringComparison.Ordinal);
    }
}
