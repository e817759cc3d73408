using System.Net;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests;

public sealed class HostTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Healthz_answers_200_when_the_store_answers()
    {
        await using var gateway = new GatewayFactory(_data.Path);
        using var client = gateway.CreateClient();
        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"store\":{\"status\":\"Healthy\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_data.Path, "gateway.db")));
    }

    [Fact]
    public async Task Healthz_tells_anyone_the_database_path_no_more()
    {
        await using var gateway = new GatewayFactory(_data.Path);
        using var client = gateway.CreateClient();

        var anonymous = await client.GetStringAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/health/ready", UriKind.Relative));
        request.Headers.Add("X-Api-Key", "test-operator-key-0123456789");
        var operatorView = await (await client.SendAsync(request, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("{\"status\":\"Healthy\",\"checks\":{\"store\":{\"status\":\"Healthy\"}}}", anonymous);
        Assert.DoesNotContain("gateway.db", anonymous, StringComparison.Ordinal);
        Assert.Contains("gateway.db", operatorView, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task A_store_chosen_but_not_configured_stops_the_start_with_a_clear_message()
    {
        var error = await GatewayFactory.StartFailureAsync(() => new GatewayFactory(_data.Path).WithSetting("Storage:Provider", "Mongo"));
        Assert.Contains("Storage:Mongo:ConnectionString", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_content_folder_stops_the_start_with_a_clear_message()
    {
        var error = await GatewayFactory.StartFailureAsync(
            () => new GatewayFactory(_data.Path).WithSetting("Dialogs:ContentPath", Path.Combine(_data.Path, "nowhere")));
        Assert.Contains("Dialogs:ContentPath", Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception error) =>
        error is AggregateException aggregate
            ? string.Join(" | ", aggregate.Flatten().InnerExceptions.Select(e => e.Message))
            : error.InnerException is { } inner ? $"{error.Message} | {Flatten(inner)}" : error.Message;
}
