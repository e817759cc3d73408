using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OnlineService.Dialogs;
using OnlineService.Gateway.AgentConsole.Content;
using OnlineService.Gateway.Tests.Hosting;

namespace OnlineService.Gateway.Tests.AgentConsole;

public sealed class ConsoleContentTests : IDisposable
{
    private readonly TempFolder _content = new();

    public void Dispose() => _content.Dispose();

    private string Folder => Path.Combine(_content.Path, "console");

    private ConsoleContent Load() =>
        new(Options.Create(new DialogsOptions { ContentPath = _content.Path }), NullLogger<ConsoleContent>.Instance);

    [Fact]
    public void The_shipped_texts_cover_every_label_code_the_api_answers_with()
    {
        var content = new ConsoleContent(Options.Create(new DialogsOptions()), NullLogger<ConsoleContent>.Instance).Current;

        var errors = Assert.IsType<Dictionary<string, object?>>(content.Labels["errors"]);
        string[] codes =
        [
            "wrong-credentials", "locked", "throttled", "csrf", "session", "forbidden", "other-group", "ticket-not-found", "taken", "closed",
            "not-holder", "desk-refused", "empty-reply", "image-type", "image-size", "transfer-target", "presence", "not-on-roster",
            "work-order-category", "work-order-content", "work-order-refused", "metrics-period", "account-not-found", "user-name-taken",
            "invalid-user-name", "invalid-role", "missing-display-name", "weak-password", "network", "unknown",
        ];
        Assert.All(codes, code => Assert.False(string.IsNullOrWhiteSpace(errors.GetValueOrDefault(code) as string), code));
        Assert.NotEmpty(content.CannedResponses);
    }

    [Fact]
    public void An_edit_is_picked_up_and_a_broken_edit_keeps_the_previous_content()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "zh-CN.yaml"), "title: 工作台\n");
        File.WriteAllText(Path.Combine(Folder, "canned-responses.yaml"), "responses:\n  - title: 问候\n    text: 您好\n");
        var content = Load();
        Assert.Equal("您好", Assert.Single(content.Current.CannedResponses).Text);

        File.WriteAllText(Path.Combine(Folder, "canned-responses.yaml"), "responses:\n  - title: 问候\n    text: 您好，请讲\n  - title: 结束\n    text: 再见\n");
        File.SetLastWriteTimeUtc(Path.Combine(Folder, "canned-responses.yaml"), new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(["您好，请讲", "再见"], content.Current.CannedResponses.Select(r => r.Text));

        File.WriteAllText(Path.Combine(Folder, "canned-responses.yaml"), "responses:\n  - title: [broken\n");
        File.SetLastWriteTimeUtc(Path.Combine(Folder, "canned-responses.yaml"), new DateTime(2030, 1, 2, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(["您好，请讲", "再见"], content.Current.CannedResponses.Select(r => r.Text));
        Assert.Equal("工作台", content.Current.Labels["title"]);
    }

    [Fact]
    public void A_missing_or_empty_file_stops_the_start_with_the_path_to_fix()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "zh-CN.yaml"), "title: 工作台\n");

        var missing = Assert.Throws<InvalidOperationException>(Load);
        Assert.Contains("canned-responses.yaml", missing.Message, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(Folder, "canned-responses.yaml"), "responses:\n  - title: 没有文字\n");
        Assert.Contains("lacks a title or a text", Assert.Throws<InvalidOperationException>(Load).Message, StringComparison.Ordinal);
    }
}
