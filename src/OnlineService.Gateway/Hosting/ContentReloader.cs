using Microsoft.Extensions.Options;
using OnlineService.Dialogs;
using OnlineService.Dialogs.Content;
using OnlineService.Understanding.Faq;

namespace OnlineService.Gateway.Hosting;

/// <summary>
/// Reloads the dialogs' content when an operator edits a file. A broken edit is logged and the previous content
/// stays in use, so residents never see a half-edited text.
/// </summary>
public sealed class ContentReloader(
    TextCatalog texts, FaqKnowledgeBase faq, IOptions<DialogsOptions> options, IOptionsMonitor<UtilityFacts> facts, ILogger<ContentReloader> logger) : IHostedService, IDisposable
{
    private FileSystemWatcher? _watcher;
    private Timer? _debounce;
    private IDisposable? _factsSubscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // New facts in configuration (hotline, prices…) re-render the FAQ at once.
        _factsSubscription = facts.OnChange(ReloadFacts);
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
        _factsSubscription?.Dispose();
        _watcher?.Dispose();
        _debounce?.Dispose();
    }

    private void Reload()
    {
        try
        {
            texts.Reload();
            faq.Reload(facts.CurrentValue);
            logger.LogInformation("Dialog content reloaded from {ContentPath}.", options.Value.ContentPath);
        }
        catch (Exception ex) when (ex is ContentException or FaqContentException)
        {
            logger.LogError("Dialog content was not reloaded; the previous content stays in use. {Problem}", ex.Message);
        }
    }

    private void ReloadFacts(UtilityFacts current)
    {
        try
        {
            faq.Reload(current);
        }
        catch (FaqContentException ex)
        {
            logger.LogError("The FAQ was not re-rendered with the new utility facts. {Problem}", ex.Message);
        }
    }
}
