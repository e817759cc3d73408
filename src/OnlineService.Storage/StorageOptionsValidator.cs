using System.Buffers;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace OnlineService.Storage;

/// <summary>Rejects storage settings that cannot work, at start-up, saying which setting to change and how.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private static readonly SearchValues<char> ForbiddenDatabaseNameCharacters = SearchValues.Create("/\\. \"$*<>:|?");

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (string.Equals(options.Provider, StorageProviders.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrWhiteSpace(options.Sqlite?.Path)
                ? ValidateOptionsResult.Fail(
                    "Storage:Sqlite:Path is empty. Set it to the database file, e.g. 'data/onlineservice.db' (relative paths resolve against the content root).")
                : ValidateOptionsResult.Success;
        }

        if (string.Equals(options.Provider, StorageProviders.Mongo, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateMongo(options.Mongo ?? new MongoStorageOptions());
        }

        return ValidateOptionsResult.Fail(
            $"Storage:Provider is '{options.Provider}'. Set it to '{StorageProviders.Sqlite}' (an embedded file, the default) " +
            $"or '{StorageProviders.Mongo}' (a MongoDB replica set; also set Storage:Mongo:ConnectionString).");
    }

    private static ValidateOptionsResult ValidateMongo(MongoStorageOptions mongo)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(mongo.ConnectionString))
        {
            failures.Add(
                "Storage:Provider is 'Mongo' but Storage:Mongo:ConnectionString is empty. Set it to the replica set's URI, " +
                "e.g. 'mongodb://db1,db2,db3/?replicaSet=rs0' (environment variable Storage__Mongo__ConnectionString), or use Provider 'Sqlite'.");
        }
        else
        {
            try
            {
                _ = MongoUrl.Create(mongo.ConnectionString);
            }
            catch (MongoConfigurationException exception)
            {
                failures.Add($"Storage:Mongo:ConnectionString is not a valid MongoDB URI ({exception.Message}). Use the form 'mongodb://host1,host2/?replicaSet=rs0'.");
            }
        }

        if (string.IsNullOrWhiteSpace(mongo.Database) || mongo.Database.AsSpan().ContainsAny(ForbiddenDatabaseNameCharacters))
        {
            failures.Add(
                $"Storage:Mongo:Database '{mongo.Database}' is not a valid MongoDB database name. " +
                "Use letters, digits, '_' or '-', e.g. 'onlineservice'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
