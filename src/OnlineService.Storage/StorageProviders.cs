namespace OnlineService.Storage;

/// <summary>The values accepted for <see cref="StorageOptions.Provider"/>.</summary>
public static class StorageProviders
{
    /// <summary>One SQLite file on local disk: nothing to install, one gateway process or several on one machine.</summary>
    public const string Sqlite = "Sqlite";

    /// <summary>A MongoDB replica set shared by every gateway replica.</summary>
    public const string Mongo = "Mongo";
}
