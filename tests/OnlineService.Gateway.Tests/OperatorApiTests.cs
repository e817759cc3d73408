using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests;

public sealed class OperatorApiTests : IDisposable
{
    private const string Key = "test-operator-key-0123456789";
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Understand_classifies_a_text_for_an_authenticated_operator()
    {
        await using var gateway = new GatewayFactory(_data.Path);
        using var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var response = await client.PostAsJsonAsync("/api/understand", new { text = "家里暖气片漏水了" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("repair.leak", body.RootElement.GetProperty("intent").GetString());
        Assert.InRange(body.RootElement.GetProperty("score").GetDouble(), 0, 1);
        Assert.Equal(JsonValueKind.Array, body.RootElement.GetProperty("alternatives").ValueKind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-wrong-key-wrong")]
    public async Task Understand_refuses_callers_without_a_valid_key(string? key)
    {
        await using var gateway = new GatewayFactory(_data.Path);
        using var client = gateway.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        var response = await client.PostAsJsonAsync("/api/understand", new { text = "暖气不热" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Understand_explains_a_missing_text()
    {
        await using var gateway = new GatewayFactory(_data.Path);
        using var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Add("Authorization", $"Bearer {Key}");
        var response = await client.PostAsJsonAsync("/api/understand", new { text = " " }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("text", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_content_edit_is_refused_and_the_previous_content_stays_in_use()
    {
        var content = CopyContent();
        await using var gateway = new GatewayFactory(_data.Path).WithSetting("Dialogs:ContentPath", content);
        using var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var texts = Path.Combine(content, "texts", "zh-CN.yaml");
        await File.WriteAllTextAsync(texts, (await File.ReadAllTextAsync(texts, TestContext.Current.CancellationToken))
            .Replace("greeting: 您好，欢迎使用{company_name}在线客服！", "greeting: 您好{no_such_fact}", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var refused = await client.PostAsync(new Uri("/api/content/reload", UriKind.Relative), null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("main.greeting uses the unknown placeholder {no_such_fact}", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        await File.WriteAllTextAsync(texts, (await File.ReadAllTextAsync(texts, TestContext.Current.CancellationToken))
            .Replace("greeting: 您好{no_such_fact}", "greeting: 欢迎光临{company_name}", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var accepted = await client.PostAsync(new Uri("/api/content/reload", UriKind.Relative), null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    private string CopyContent()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "content");
        var target = Path.Combine(_data.Path, "content");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
