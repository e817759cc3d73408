using Microsoft.Extensions.Options;
using OnlineService.Dialogs;
using OnlineService.Dialogs.Content;

namespace OnlineService.Gateway.Hosting;

/// <summary>
/// Reloads the dialogs' content when an operator edits a file. A broken edit is logged and the previous content
/// stays in use, so residents never see a half-edited text.
/// </summary>
public sealed class ContentReloader(TextCatalog texts, IOptions<DialogsOptions> options, ILogger<ContentReloader> logger) : IHostedService, IDisposable
{
    private FileSystemWatcher? _watcher;
    private Timer? _debounce;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.WatchContent)
        {
            return Task.CompletedTask;
        }

        _debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(options.Value.ContentPath)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size,
            EnableRaisingEvents = true,
        };
        // Editors write a file in several steps; wait for the burst to settle.
        FileSystemEventHandler changed = (_, _) => _debounce.Change(TimeSpan.FromMilliseconds(500), Timeout.InfiniteTimeSpan);
        _watcher.Changed += changed;
        _watcher.Created += changed;
        _watcher.Renamed += (_, _) => _debounce.Change(TimeSpan.FromMilliseconds(500), Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _watcher = null;
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
    }

    private void Reload()
    {
        try
        {
            texts.Reload();
            logger.LogInformation("Dialog content reloaded from {ContentPath}.", options.Value.ContentPath);
        }
        catch (ContentException ex)
        {
            logger.LogError("Dialog content was not reloaded; the previous content stays in use. {Problem}", ex.Message);
        }
    }
}
