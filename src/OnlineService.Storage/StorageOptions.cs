namespace OnlineService.Storage;

/// <summary>
/// Which store backs the gateway. Bound from the configuration section <c>Storage</c>:
/// <code>
/// "Storage": {
///   "Provider": "Sqlite",                                   // or "Mongo"
///   "Sqlite": { "Path": "data/onlineservice.db" },          // relative to the content root
///   "Mongo": { "ConnectionString": "mongodb://a,b,c/?replicaSet=rs0", "Database": "onlineservice" }
/// }
/// </code>
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><see cref="StorageProviders.Sqlite"/> (default) or <see cref="StorageProviders.Mongo"/>, case-insensitive.</summary>
    public string Provider { get; set; } = StorageProviders.Sqlite;

    public SqliteStorageOptions Sqlite { get; set; } = new();

    public MongoStorageOptions Mongo { get; set; } = new();
}
