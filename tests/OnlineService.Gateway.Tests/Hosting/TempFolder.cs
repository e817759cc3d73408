namespace OnlineService.Gateway.Tests.Hosting;

/// <summary>A temporary folder for one test's data, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("onlineservice-gw-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Still held by a pooled connection of a stopping host; the OS cleans temp folders.
        }
    }
}
