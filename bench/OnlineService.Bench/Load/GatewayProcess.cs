using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Security.Cryptography;

namespace OnlineService.Bench.Load;

/// <summary>
/// The gateway as its own process (the Release build next to this benchmark's), on a loopback port and a temporary
/// data folder, so that its CPU time and working set are measured apart from the load generator's. Disposing kills
/// the process this object started, and only that one.
/// </summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    public const string OperatorKey = "bench-operator-key-0123456789abcdef";

    private readonly Process _process;
    private readonly GatewayOutput _output;

    private GatewayProcess(Process process, GatewayOutput output, Uri baseUrl, string databasePath)
    {
        _process = process;
        _output = output;
        BaseUrl = baseUrl;
        DatabasePath = databasePath;
    }

    public Uri BaseUrl { get; }

    /// <summary>The SQLite file of this run; the audit opens it read-only.</summary>
    public string DatabasePath { get; }

    public int ProcessId => _process.Id;

    /// <summary>Starts the gateway with the embedded default store in <paramref name="dataDirectory"/> plus <paramref name="settings"/>; returns when /healthz answers.</summary>
    public static async Task<GatewayProcess> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string> settings, string? gatewayDll, CancellationToken cancellationToken)
    {
        var dll = gatewayDll ?? FindGatewayDll();
        var port = FreeLoopbackPort();
        var baseUrl = new Uri($"http://127.0.0.1:{port}/");
        var databasePath = Path.Combine(dataDirectory, "gateway.db");
        var all = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["urls"] = baseUrl.ToString().TrimEnd('/'),
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = databasePath,
            ["DirectLine:UploadsPath"] = Path.Combine(dataDirectory, "uploads"),
            ["Dialogs:WatchContent"] = "false",
            ["Operators:ApiKeys:0"] = OperatorKey,
            // Production refuses the values the README publishes (DocumentedDefaultsGuard): this run brings its own.
            ["DirectLine:Secret"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)),
            ["AgentConsole:Accounts:0:UserName"] = "bench-admin",
            ["AgentConsole:Accounts:0:DisplayName"] = "压测管理员",
            ["AgentConsole:Accounts:0:Role"] = "admin",
            ["AgentConsole:Accounts:0:PasswordHash"] = UnusablePasswordHash(),
            // As an operator would run it under load: warnings and errors only.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var (key, value) in all)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}.");
        var output = new GatewayOutput();
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var gateway = new GatewayProcess(process, output, baseUrl, databasePath);
        try
        {
            await gateway.WaitHealthyAsync(cancellationToken);
        }
        catch
        {
            await gateway.DisposeAsync();
            throw;
        }

        return gateway;
    }

    /// <summary>
    /// A console password hash in the gateway's format (<c>pbkdf2-sha256$iterations$salt$hash</c>) of a random password
    /// nobody keeps: the bench never signs in, it only needs an account that is not a published demo account.
    /// </summary>
    private static string UnusablePasswordHash()
    {
        const int iterations = 210_000;
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(RandomNumberGenerator.GetBytes(32), salt, iterations, HashAlgorithmName.SHA256, 32);
        return string.Create(CultureInfo.InvariantCulture, $"pbkdf2-sha256${iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <summary>User plus system CPU time the gateway has used so far (Linux <c>/proc</c>; null elsewhere).</summary>
    public TimeSpan? CpuTime()
    {
        try
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>The gateway's resident memory now (VmRSS).</summary>
    public long WorkingSetBytes()
    {
        _process.Refresh();
        return _process.WorkingSet64;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>Null while the gateway runs; otherwise why it stopped, with its last output lines.</summary>
    public string? ExitReport() =>
        _process.HasExited ? $"the gateway exited with code {_process.ExitCode}:\n{_output}" : null;

    private async Task WaitHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The gateway exited with code {_process.ExitCode} while starting:\n{_output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening but slow to answer (a busy machine): ask again.
            }

            if (watch.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException($"The gateway did not become healthy within 2 minutes:\n{_output}");
            }

            // A child process gives no readiness signal other than its health endpoint.
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    /// <summary>The gateway build of this benchmark's own configuration (the project reference builds it first).</summary>
    private static string FindGatewayDll()
    {
        var configuration = typeof(GatewayProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var root = RepositoryRoot();
        var dll = Path.Combine(root, "src", "OnlineService.Gateway", "bin", configuration, "net10.0", "OnlineService.Gateway.dll");
        return File.Exists(dll)
            ? dll
            : throw new FileNotFoundException($"The gateway build is missing; run 'dotnet build src/OnlineService.Gateway -c {configuration}' or pass --gateway PATH.", dll);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OnlineService.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No OnlineService.sln above {AppContext.BaseDirectory}; pass --gateway PATH.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The last lines the gateway wrote, shown when it fails to start.</summary>
    private sealed class GatewayOutput
    {
        private readonly Queue<string> _lines = new();
        private readonly Lock _gate = new();

        public void Add(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_gate)
            {
                _lines.Enqueue(line);
                while (_lines.Count > 40)
                {
                    _lines.Dequeue();
                }
            }
        }

        public override string ToString()
        {
            lock (_gate)
            {
                return string.Join('\n', _lines);
            }
        }
    }
}
