using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OnlineService.Gateway.Tests.AgentConsole;

/// <summary>Keeps every log line of the gateway (category and rendered message) for assertions on the audit trail.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, string Message)> _lines = new();

    public IReadOnlyList<(string Category, string Message)> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(string, string)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue((category, formatter(state, exception)));
    }
}
