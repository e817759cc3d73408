using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Tests.WorkOrders.Api;

/// <summary>12345 hotline orders become work orders with their city-level number, once per number.</summary>
public sealed class Hotline12345ImportTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    private static CancellationToken Ct => WorkOrderApiGateway.Ct;

    [Fact]
    public async Task An_order_is_created_once_per_city_number_with_the_mapped_category_and_city_source()
    {
        await using var gateway = new WorkOrderApiGateway(_data.Path, new FakeTimeProvider(WorkOrderApiGateway.Start));
        using var client = gateway.Client(WorkOrderApiGateway.OperatorKey);
        var hotline = new
        {
            cityNumber = "BJ12345-20261118-0042",
            category = "暖气不热",
            content = "市民反映家中暖气不热，室温约15度",
            requester = "李先生",
            phone = "13900000000",
            district = "朝阳区",
            community = "幸福小区",
            address = "幸福小区5号楼1单元302",
        };

        var first = await client.PostAsJsonAsync("/api/import/12345/orders", hotline, Ct);
        var again = await client.PostAsJsonAsync("/api/import/12345/orders", hotline, Ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var created = await first.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var repeated = await again.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var number = created.GetProperty("order").GetProperty("number").GetString()!;
        Assert.True(created.GetProperty("created").GetBoolean());
        Assert.False(repeated.GetProperty("created").GetBoolean());
        Assert.Equal(number, repeated.GetProperty("order").GetProperty("number").GetString());

        var order = await gateway.WorkOrders.GetAsync(number, Ct);
        Assert.Equal(WorkOrderCategory.RepairNotWarm, order.Category);
        Assert.Equal("hotline12345", order.Channel);
        Assert.Equal("BJ12345-20261118-0042", order.Ledger.CityNumber);
        Assert.Equal(LedgerSource.City, order.Ledger.Source);
        Assert.Equal("幸福小区5号楼1单元302", order.Ledger.Address);
        Assert.Single(order.Timeline);
        Assert.Equal(LedgerSource.City, ClaimLedgerRow.From(order, gateway.WorkOrders.Sla).Source);
    }

    [Fact]
    public async Task Our_own_category_keys_and_the_district_source_are_accepted()
    {
        await using var gateway = new WorkOrderApiGateway(_data.Path, new FakeTimeProvider(WorkOrderApiGateway.Start));
        using var client = gateway.Client(WorkOrderApiGateway.OperatorKey);

        var response = await client.PostAsJsonAsync("/api/import/12345/orders",
            new { cityNumber = "D-7", category = "repair.leak", content = "楼上漏水", source = "district", phone = "13700000000" }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var number = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("order").GetProperty("number").GetString()!;
        var order = await gateway.WorkOrders.GetAsync(number, Ct);
        Assert.Equal((WorkOrderCategory.RepairLeak, LedgerSource.District), (order.Category, order.Ledger.Source));
    }

    [Theory]
    [InlineData("", "暖气不热", "cityNumber")]
    [InlineData("N-1", "天气不好", "category")]
    [InlineData("N/../1", "暖气不热", "cityNumber")]
    public async Task Bad_hotline_orders_are_refused_with_the_field_to_fix(string cityNumber, string category, string field)
    {
        await using var gateway = new WorkOrderApiGateway(_data.Path, new FakeTimeProvider(WorkOrderApiGateway.Start));
        using var client = gateway.Client(WorkOrderApiGateway.OperatorKey);

        var response = await client.PostAsJsonAsync("/api/import/12345/orders", new { cityNumber, category, content = "暖气不热" }, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(field, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_operators_may_import()
    {
        await using var gateway = new WorkOrderApiGateway(_data.Path, new FakeTimeProvider(WorkOrderApiGateway.Start));
        using var unit = gateway.Client(WorkOrderApiGateway.UnitAKey);

        var response = await unit.PostAsJsonAsync("/api/import/12345/orders", new { cityNumber = "X-1", category = "咨询", content = "问价格" }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
