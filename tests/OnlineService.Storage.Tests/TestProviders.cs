using OnlineService.Storage;

namespace OnlineService.Storage.Tests;

/// <summary>The theory data every contract test runs over: SQLite always, MongoDB when a server is given.</summary>
public static class TestProviders
{
    public static TheoryData<string> All => new(StorageProviders.Sqlite, StorageProviders.Mongo);

    /// <summary>A fixed, millisecond-aligned instant: stores keep milliseconds, so values round-trip exactly.</summary>
    public static readonly DateTimeOffset T0 = new(2026, 11, 2, 8, 30, 0, TimeSpan.Zero);
}
