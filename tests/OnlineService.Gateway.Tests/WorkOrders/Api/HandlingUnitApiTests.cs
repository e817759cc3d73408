using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OnlineService.Gateway.Tests.Hosting;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.Tests.WorkOrders.Api;

/// <summary>The handling-unit API: least privilege per unit, each step, problem details, idempotency keys.</summary>
public sealed class HandlingUnitApiTests : IDisposable
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    private static CancellationToken Ct => WorkOrderApiGateway.Ct;

    [Fact]
    public async Task A_unit_takes_contacts_arrives_and_resolves_with_temperatures_and_a_photo()
    {
        var clock = new FakeTimeProvider(WorkOrderApiGateway.Start);
        await using var gateway = new WorkOrderApiGateway(_data.Path, clock);
        var order = await gateway.DispatchedOrderAsync();
        using var unit = gateway.Client(WorkOrderApiGateway.UnitAKey);

        var list = await unit.GetFromJsonAsync<JsonElement>("/api/units/orders", Ct);
        var listed = Assert.Single(list.EnumerateArray());
        Assert.Equal(order.Number, listed.GetProperty("number").GetString());
        Assert.Equal("13800000000", listed.GetProperty("ledger").GetProperty("phone").GetString());
        Assert.False(listed.TryGetProperty("residentId", out _));

        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.OK, (await unit.PostAsJsonAsync($"/api/units/orders/{order.Number}/accept", new { note = "已接单" }, Ct)).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.OK, (await unit.PostAsync(new Uri($"/api/units/orders/{order.Number}/contact", UriKind.Relative), null, Ct)).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(HttpStatusCode.OK, (await unit.PostAsJsonAsync($"/api/units/orders/{order.Number}/arrive", new { note = "已到现场" }, Ct)).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(40));
        using var form = new MultipartFormDataContent
        {
            { new StringContent("已排气，室温恢复"), "result" },
            { new StringContent("onSite"), "method" },
            { new StringContent("true"), "solved" },
            { new StringContent("19.5"), "livingRoom" },
            { new StringContent("18.2"), "bedroom1" },
        };
        var photo = new ByteArrayContent(Png);
        photo.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(photo, "photos", "radiator.png");
        var resolved = await unit.PostAsync(new Uri($"/api/units/orders/{order.Number}/resolve", UriKind.Relative), form, Ct);

        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        var stored = await gateway.WorkOrders.GetAsync(order.Number, Ct);
        Assert.Equal(WorkOrderStatus.Resolved, stored.Status);
        Assert.Equal(
            [TimelineStage.Received, TimelineStage.Accepted, TimelineStage.Dispatched, TimelineStage.HandlerAccepted, TimelineStage.Contacted, TimelineStage.OnSite, TimelineStage.Resolved],
            stored.Timeline.Select(e => e.Stage));
        Assert.All(stored.Timeline.Skip(3), e => Assert.Equal("unit-a", e.Actor));
        var resolution = stored.Last(TimelineStage.Resolved)!.Resolution!;
        Assert.Equal(new RoomTemperatures(19.5m, 18.2m), resolution.Temperatures);
        Assert.Equal(HandlingMethod.OnSite, resolution.Method);
        var photoId = Assert.Single(resolution.Photos);
        Assert.True(File.Exists(Path.Combine(_data.Path, "photos", order.Number, photoId)));

        using var operatorClient = gateway.Client(WorkOrderApiGateway.OperatorKey);
        var served = await operatorClient.GetAsync(new Uri($"/api/operator/work-orders/{order.Number}/photos/{photoId}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await served.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task A_photo_that_is_not_the_declared_image_is_refused_and_nothing_is_kept()
    {
        await using var gateway = new WorkOrderApiGateway(_data.Path, new FakeTimeProvider(WorkOrderApiGateway.Start));
        var order = await gateway.DispatchedOrderAsync();
        await gateway.WorkOrders.RecordContactAsync(order.Number, "unit-a", null, Ct);
        using var unit = gateway.Client(WorkOrderApiGateway.UnitAKey);
        using var form = new MultipartFormDataContent { { new StringContent("已处理"), "result" } };
        var fake = new ByteArrayContent(Encoding.UTF8.GetBytes("<script>alert(1)</script>"));
        fake.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(fake, "photos", "photo.jpg");

        var response = await unit.PostAsync(new Uri($"/api/units/orders/{order.Number}/resolve", UriKind.Relative), form, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("invalid_photo", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(WorkOrderStatus.Contacted, (await gateway.WorkOrders.GetAsync(order.Number, Ct)).Status);
        var photos = Path.Combine(_data.Path, "photos", order.Number);
        Assert.False(Directory.Exists(photos) && Directory.EnumerateFiles(photos).Any());
    }

    [Fact]
    public async Task A_unit_sees_and_acts_on_its_own_orders_only()
    {
        await using var gateway = new WorkOrderApiGateway(_data.Path, new FakeTimeProvider(WorkOrderApiGateway.Start));
        var order = await gateway.DispatchedOrderAsync(unit: "unit-a");
        using var other = gateway.Client(WorkOrderApiGateway.UnitBKey);

        Assert.Empty((await other.GetFromJsonAsync<JsonElement>("/api/units/orders", Ct)).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(new Uri($"/api/units/orders/{order.Number}", UriKind.Relative), Ct)).StatusCode);
        var refused = await other.PostAsJsonAsync($"/api/units/orders/{order.Number}/contact", new { }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(WorkOrderStatus.Dispatched, (await gateway.WorkOrders.GetAsync(order.Number, Ct)).Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-wrong-key-wrong-key")]
    [InlineData(WorkOrderApiGateway.OperatorKey)]
    public async Task Callers_without_a_unit_key_are_refused(string? key)
    {
        await using var gateway = new WorkOrderApiGateway(_data.Path, new FakeTimeProvider(WorkOrderApiGateway.Start));
        using var client = gateway.Client(key);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/units/orders", UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task A_unit_key_does_not_open_the_operator_api()
    {
        await using var gateway = new WorkOrderApiGateway(_data.Path, new FakeTimeProvider(WorkOrderApiGateway.Start));
        using var unit = gateway.Client(WorkOrderApiGateway.UnitAKey);

        Assert.Equal(HttpStatusCode.Unauthorized, (await unit.GetAsync(new Uri("/api/operator/work-orders", UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task Rule_violations_and_bad_input_answer_with_problem_details()
    {
        await using var gateway = new WorkOrderApiGateway(_data.Path, new FakeTimeProvider(WorkOrderApiGateway.Start));
        var order = await gateway.DispatchedOrderAsync();
        using var unit = gateway.Client(WorkOrderApiGateway.UnitAKey);

        var early = await unit.PostAsJsonAsync($"/api/units/orders/{order.Number}/arrive", new { }, Ct);
        await AssertProblemAsync(early, HttpStatusCode.Conflict, "invalid_transition", "Record the contact");

        var badMilestone = await unit.PostAsJsonAsync($"/api/units/orders/{order.Number}/agree-new-time",
            new { milestone = "lunch", agreedDueAt = WorkOrderApiGateway.Start.AddDays(1), reason = "配件未到" }, Ct);
        await AssertProblemAsync(badMilestone, HttpStatusCode.UnprocessableEntity, "invalid_argument", "milestone");

        var noReason = await unit.PostAsJsonAsync($"/api/units/orders/{order.Number}/agree-new-time",
            new { milestone = "resolved", agreedDueAt = WorkOrderApiGateway.Start.AddDays(3) }, Ct);
        await AssertProblemAsync(noReason, HttpStatusCode.UnprocessableEntity, "invalid_argument", "reason");

        using var broken = new StringContent("{ \"note\": ", Encoding.UTF8, "application/json");
        var malformed = await unit.PostAsync(new Uri($"/api/units/orders/{order.Number}/contact", UriKind.Relative), broken, Ct);
        await AssertProblemAsync(malformed, HttpStatusCode.BadRequest, "bad_request", "JSON");

        var noResult = await unit.PostAsJsonAsync($"/api/units/orders/{order.Number}/resolve", new { method = "phone" }, Ct);
        await AssertProblemAsync(noResult, HttpStatusCode.BadRequest, "bad_request", "result");

        Assert.Equal(3, (await gateway.WorkOrders.GetAsync(order.Number, Ct)).Timeline.Count);
    }

    [Fact]
    public async Task A_unit_agrees_a_new_time_and_the_due_time_follows()
    {
        await using var gateway = new WorkOrderApiGateway(_data.Path, new FakeTimeProvider(WorkOrderApiGateway.Start));
        var order = await gateway.DispatchedOrderAsync();
        using var unit = gateway.Client(WorkOrderApiGateway.UnitAKey);
        var agreed = WorkOrderApiGateway.Start.AddDays(3);

        var response = await unit.PostAsJsonAsync($"/api/units/orders/{order.Number}/agree-new-time",
            new { milestone = "resolved", agreedDueAt = agreed, reason = "需更换阀门，配件周五到货" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dues = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("dues").EnumerateArray();
        var resolved = dues.Single(d => d.GetProperty("milestone").GetString() == "resolved");
        Assert.Equal(agreed, resolved.GetProperty("dueAt").GetDateTimeOffset());
        Assert.True(resolved.GetProperty("agreed").GetBoolean());
    }

    [Fact]
    public async Task A_repeated_post_with_the_same_idempotency_key_answers_the_same_without_acting_twice()
    {
        var clock = new FakeTimeProvider(WorkOrderApiGateway.Start);
        await using var gateway = new WorkOrderApiGateway(_data.Path, clock);
        var order = await gateway.DispatchedOrderAsync();
        using var unit = gateway.Client(WorkOrderApiGateway.UnitAKey);

        async Task<HttpResponseMessage> ContactAsync(string key, string note)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/units/orders/{order.Number}/contact") { Content = JsonContent.Create(new { note }) };
            request.Headers.Add("Idempotency-Key", key);
            return await unit.SendAsync(request, Ct);
        }

        var first = await ContactAsync("key-1", "电话已联系");
        clock.Advance(TimeSpan.FromMinutes(1));
        var repeat = await ContactAsync("key-1", "电话已联系");
        var reused = await ContactAsync("key-1", "另一件事");
        var fresh = await ContactAsync("key-2", "电话已联系");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await repeat.Content.ReadAsStringAsync(Ct));
        await AssertProblemAsync(reused, HttpStatusCode.UnprocessableEntity, "idempotency_key_reused", "new key");
        await AssertProblemAsync(fresh, HttpStatusCode.Conflict, "invalid_transition", "Contacted");
        Assert.Single((await gateway.WorkOrders.GetAsync(order.Number, Ct)).Timeline, e => e.Stage == TimelineStage.Contacted);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code, string detailContains)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Contains(detailContains, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
