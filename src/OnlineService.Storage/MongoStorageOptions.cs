namespace OnlineService.Storage;

/// <summary>
/// The MongoDB deployment. Write and read concerns come from the connection string; MongoDB 5.0+ defaults to
/// majority writes on a replica set, which is what "nothing lost" needs.
/// </summary>
public sealed class MongoStorageOptions
{
    /// <summary>A standard MongoDB URI, e.g. <c>mongodb://db1,db2,db3/?replicaSet=rs0</c>.</summary>
    public string? ConnectionString { get; set; }

    public string Database { get; set; } = "onlineservice";
}
