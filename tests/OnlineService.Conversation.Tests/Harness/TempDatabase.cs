namespace OnlineService.Conversation.Tests.Harness;

/// <summary>A SQLite database file in its own temporary folder, deleted afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("onlineservice-test-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "test.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pooled connection on another thread: the temp folder is cleaned by the OS.
        }
    }
}
