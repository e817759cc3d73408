using System.Diagnostics;
using System.Text.Json.Nodes;

namespace OnlineService.Gateway.Tests.DirectLine;

/// <summary>Runs tests/peers/directline/directline-peer.js (the official botframework-directlinejs) with a JSON input.</summary>
public static class NodePeer
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Skips the test when node or the npm peers are not installed (run <c>npm ci</c> in tests/peers).</summary>
    public static void SkipUnlessAvailable()
    {
        if (!Directory.Exists(Path.Combine(RepositoryRoot, "tests", "peers", "node_modules", "botframework-directlinejs")))
        {
            Assert.Skip("The npm peers are not installed: run 'npm ci' in tests/peers (test.sh does).");
        }
    }

    public static async Task<JsonObject> RunAsync(JsonObject input)
    {
        var start = new ProcessStartInfo("node", Path.Combine(RepositoryRoot, "tests", "peers", "directline", "directline-peer.js"))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.Combine(RepositoryRoot, "tests", "peers", "directline"),
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start; install Node.js 20+.");
        await process.StandardInput.WriteAsync(input.ToJsonString());
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The directlinejs peer did not finish within {Limit}: {await errors}");
        }

        var text = await output;
        var result = JsonNode.Parse(text) as JsonObject ?? throw new InvalidOperationException($"The peer wrote no JSON object: {text} {await errors}");
        if (result["error"] is { } error)
        {
            Assert.Fail($"The directlinejs peer failed: {error}");
        }

        return result;
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OnlineService.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("OnlineService.sln not found above the test binaries.");
    }
}
