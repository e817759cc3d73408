using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnlineService.Channels.Tests.Alipay;

/// <summary>
/// Runs tests/peers/alipay/alipay-peer.js, which signs and verifies with the official npm package
/// <c>alipay-sdk</c> 4.14.0. A missing Node.js or node_modules fails the test with the fix: CI installs both,
/// so a silent skip would hide a broken interop check.
/// </summary>
internal static class AlipaySdkPeer
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<IReadOnlyList<JsonElement>> RunAsync(IReadOnlyList<JsonObject> operations, CancellationToken cancellationToken)
    {
        var peers = FindPeersDirectory();
        if (!File.Exists(Path.Combine(peers, "node_modules", "alipay-sdk", "package.json")))
        {
            Assert.Fail($"The interop peer package alipay-sdk is not installed: run `npm ci` in {peers}.");
        }

        var start = new ProcessStartInfo("node", [Path.Combine(peers, "alipay", "alipay-peer.js")])
        {
            WorkingDirectory = peers,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception ex)
        {
            Assert.Fail($"Node.js is required for the Alipay interop tests but `node` could not be started ({ex.Message}); install Node.js 20 or later.");
            throw;
        }

        using (process)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);

            await process.StandardInput.WriteAsync(new JsonArray([.. operations]).ToJsonString().AsMemory(), timeout.Token);
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            Assert.True(process.ExitCode == 0, $"alipay-peer.js exited with {process.ExitCode}: {await stderr}");
            using var results = JsonDocument.Parse(await stdout);
            return [.. results.RootElement.EnumerateArray().Select(r => r.Clone())];
        }
    }

    private static string FindPeersDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "peers");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        Assert.Fail($"tests/peers was not found above {AppContext.BaseDirectory}; run the tests from the repository checkout.");
        return "";
    }
}
