using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Tests.WorkOrders.Api;

/// <summary>The operator API: list, filter, read, exclude, figures, ledger export, OpenAPI.</summary>
public sealed class OperatorWorkOrderApiTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    private static CancellationToken Ct => WorkOrderApiGateway.Ct;

    [Fact]
    public async Task Orders_are_listed_filtered_and_read_with_timeline_and_due_times()
    {
        var clock = new FakeTimeProvider(WorkOrderApiGateway.Start);
        await using var gateway = new WorkOrderApiGateway(_data.Path, clock);
        var late = await gateway.DispatchedOrderAsync("r-1");
        var other = await gateway.DispatchedOrderAsync("r-2", district: "海淀区", category: WorkOrderCategory.Complaint);
        clock.Advance(TimeSpan.FromMinutes(20));
        await gateway.WorkOrders.RecordContactAsync(other.Number, "unit-a", null, Ct);
        clock.Advance(TimeSpan.FromHours(1)); // r-1's contact hour has passed unreached
        using var client = gateway.Client(WorkOrderApiGateway.OperatorKey);

        Assert.Equal([late.Number, other.Number], await NumbersAsync(client, ""));
        Assert.Equal([late.Number], await NumbersAsync(client, "?district=朝阳区"));
        Assert.Equal([other.Number], await NumbersAsync(client, "?category=complaint"));
        Assert.Equal([other.Number], await NumbersAsync(client, "?status=contacted"));
        Assert.Equal([late.Number], await NumbersAsync(client, "?overdue=true"));
        Assert.Equal([other.Number], await NumbersAsync(client, "?overdue=false"));
        Assert.Equal([late.Number, other.Number], await NumbersAsync(client, "?from=2026-11-18&to=2026-11-18"));
        Assert.Empty(await NumbersAsync(client, "?from=2026-11-19"));

        var read = await client.GetFromJsonAsync<JsonElement>($"/api/operator/work-orders/{late.Number}", Ct);
        Assert.Equal("r-1", read.GetProperty("residentId").GetString());
        Assert.Equal(["received", "accepted", "dispatched"], read.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("stage").GetString()));
        var contact = read.GetProperty("dues").EnumerateArray().Single(d => d.GetProperty("milestone").GetString() == "contact");
        Assert.Equal(WorkOrderApiGateway.Start.AddHours(1), contact.GetProperty("dueAt").GetDateTimeOffset());
        Assert.True(contact.GetProperty("overdue").GetBoolean());
        Assert.Equal("T/CDHA 4.4.4", contact.GetProperty("clause").GetString());

        var bad = await client.GetAsync(new Uri("/api/operator/work-orders?status=lost", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/operator/work-orders/209901010001", UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task Figures_come_as_json_and_an_excluded_request_leaves_the_settlement_rate()
    {
        var clock = new FakeTimeProvider(WorkOrderApiGateway.Start);
        await using var gateway = new WorkOrderApiGateway(_data.Path, clock);
        var solved = await gateway.DispatchedOrderAsync("r-1");
        var unfounded = await gateway.DispatchedOrderAsync("r-2");
        clock.Advance(TimeSpan.FromMinutes(30));
        await gateway.WorkOrders.RecordContactAsync(solved.Number, "unit-a", null, Ct);
        await gateway.WorkOrders.ResolveAsync(solved.Number, new Resolution("已处理", HandlingMethod.Phone), "unit-a", Ct);
        await gateway.WorkOrders.RecordCallbackAsync(solved.Number, new CallbackAnswer(true, 5), "desk", Ct);
        using var client = gateway.Client(WorkOrderApiGateway.OperatorKey);

        var exclusion = await client.PostAsJsonAsync($"/api/operator/work-orders/{unfounded.Number}/exclusion", new { kind = "unfounded", reason = "经核实情况不属实" }, Ct);
        Assert.Equal(HttpStatusCode.OK, exclusion.StatusCode);
        clock.Advance(TimeSpan.FromDays(3));

        var figures = await client.GetFromJsonAsync<JsonElement>("/api/operator/figures?from=2026-11-18&to=2026-11-18&groupBy=district", Ct);

        Assert.Equal("national", figures.GetProperty("profile").GetString());
        Assert.Equal((1, 2), Rate(figures.GetProperty("timelyResponse")));
        Assert.Equal((1, 1), Rate(figures.GetProperty("settlement")));
        Assert.Equal(100m, figures.GetProperty("settlement").GetProperty("percent").GetDecimal());
        Assert.Equal((1, 1), Rate(figures.GetProperty("satisfaction")));
        var row = Assert.Single(figures.GetProperty("analysis").EnumerateArray());
        Assert.Equal("朝阳区", row.GetProperty("group").GetString());
        Assert.Equal(2, row.GetProperty("total").GetInt32());
        Assert.Equal(0.01m, row.GetProperty("perTenThousandSquareMetres").GetDecimal()); // 2 / 150 = 0.0133
    }

    [Fact]
    public async Task The_ledger_exports_as_csv_with_a_bom_and_as_xlsx_with_the_appendix_d_columns()
    {
        var clock = new FakeTimeProvider(WorkOrderApiGateway.Start);
        await using var gateway = new WorkOrderApiGateway(_data.Path, clock);
        var order = await gateway.DispatchedOrderAsync("r-1");
        clock.Advance(TimeSpan.FromMinutes(20));
        await gateway.WorkOrders.RecordContactAsync(order.Number, "unit-a", null, Ct);
        clock.Advance(TimeSpan.FromMinutes(40));
        await gateway.WorkOrders.RecordArrivalAsync(order.Number, "unit-a", null, Ct);
        await gateway.WorkOrders.ResolveAsync(order.Number, new Resolution("=排气后恢复, \"正常\"", HandlingMethod.OnSite, true, new RoomTemperatures(19.5m, 18m)), "unit-a", Ct);
        await gateway.DispatchedOrderAsync("r-2");
        using var client = gateway.Client(WorkOrderApiGateway.OperatorKey);

        var csv = await client.GetAsync(new Uri("/api/operator/ledger.csv?from=2026-11-18&to=2026-11-18", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var bytes = await csv.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("诉求时间,工单编号,市级编号,工单来源,诉求分类,诉求内容,诉求人,电话,行政区,小区名称,地址,供热管家,室外温度,处理人,处理时间,处理方式,是否响应,是否解决,是否满意,处理结果,是否只考核响应率,客厅温度,卧室1温度,卧室2温度,其他温度,回访结果", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"2026-11-18 10:00,{order.Number},,单位级,报修,家里暖气不热,张女士,13800000000,朝阳区,幸福小区,幸福小区r-1,,,unit-a,2026-11-18 11:00,上门,是,是,,\"'=排气后恢复, \"\"正常\"\"\",否,19.5,18,,,", lines[1], StringComparison.Ordinal);

        var xlsx = await client.GetAsync(new Uri("/api/operator/ledger.xlsx", UriKind.Relative), Ct);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct));
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single();
        Assert.Equal("热用户诉求台账", sheet.Name?.Value);
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();
        Assert.Equal(3, rows.Count);
        var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal(26, header.Count);
        Assert.Equal(["诉求时间", "工单编号", "市级编号"], header.Take(3));
        Assert.Equal("回访结果", header[^1]);
        var first = rows[1].Elements<Cell>().ToList();
        Assert.Equal(order.Number, first[1].InnerText);
        Assert.Equal("=排气后恢复, \"正常\"", first[19].InnerText);
        Assert.Null(first[19].CellFormula);
        Assert.Equal("V2", first[21].CellReference?.Value);
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number, first[21].DataType?.Value);
        Assert.Equal(19.5m, decimal.Parse(first[21].CellValue!.Text, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_apis_are_described_by_openapi()
    {
        await using var gateway = new WorkOrderApiGateway(_data.Path, new FakeTimeProvider(WorkOrderApiGateway.Start));
        using var anonymous = gateway.Client(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/openapi/v1.json", Ct)).StatusCode);
        using var client = gateway.Client(WorkOrderApiGateway.OperatorKey);

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/units/orders/{number}/resolve", paths);
        Assert.Contains("/api/units/orders/{number}/agree-new-time", paths);
        Assert.Contains("/api/operator/work-orders", paths);
        Assert.Contains("/api/operator/figures", paths);
        Assert.Contains("/api/operator/ledger.xlsx", paths);
        Assert.Contains("/api/import/12345/orders", paths);
    }

    private static async Task<List<string>> NumbersAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/operator/work-orders{query}", Ct);
        return [.. page.GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("number").GetString()!)];
    }

    private static (int Count, int Total) Rate(JsonElement rate) => (rate.GetProperty("count").GetInt32(), rate.GetProperty("total").GetInt32());

    /// <summary>Issue 16, "operator dates 0001-01-01 / 9999-12-31 give 500 on work-orders, figures and ledgers".</summary>
    [Theory]
    [InlineData("/api/operator/work-orders?from=0001-01-01")]
    [InlineData("/api/operator/work-orders?to=9999-12-31")]
    [InlineData("/api/operator/figures?from=0001-01-01&to=9999-12-31")]
    [InlineData("/api/operator/ledger.csv?to=9999-12-31")]
    [InlineData("/api/operator/ledger.xlsx?from=0001-01-01")]
    [InlineData("/api/operator/work-orders?from=0001-01-01T00:00:00%2B08:00")]
    [InlineData("/api/operator/figures?to=9999-12-31T23:59:59-05:00")]
    public async Task Operator_dates_at_the_ends_of_the_calendar_are_refused_as_invalid_not_500(string url)
    {
        await using var gateway = new WorkOrderApiGateway(_data.Path, new FakeTimeProvider(WorkOrderApiGateway.Start));
        using var client = gateway.Client(WorkOrderApiGateway.OperatorKey);

        var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);

        // Like every other refused query value (an unknown status, say): problem+json with code invalidArgument.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.StartsWith(url.Contains("from=", StringComparison.Ordinal) ? "'from' is" : "'to' is", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
