namespace OnlineService.Storage;

/// <summary>Where the embedded SQLite database lives.</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>The database file; created with its schema on first use, folders included.</summary>
    public string Path { get; set; } = "data/onlineservice.db";

    /// <summary>
    /// The folder a relative <see cref="Path"/> resolves against. Unset: the host's content root, or the current
    /// directory when there is no host.
    /// </summary>
    public string? BaseDirectory { get; set; }
}
