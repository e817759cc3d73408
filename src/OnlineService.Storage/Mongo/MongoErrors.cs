using MongoDB.Driver;

namespace OnlineService.Storage.Mongo;

/// <summary>Recognises a unique-index violation (E11000) however the driver reports it.</summary>
internal static class MongoErrors
{
    private const int DuplicateKeyCode = 11000;

    public static bool IsDuplicateKey(Exception exception) => exception switch
    {
        MongoWriteException write => write.WriteError?.Category == ServerErrorCategory.DuplicateKey,
        MongoBulkWriteException bulk => bulk.WriteConcernError is null
            && bulk.WriteErrors.Count > 0
            && bulk.WriteErrors.All(error => error.Category == ServerErrorCategory.DuplicateKey),
        MongoCommandException command => command.Code == DuplicateKeyCode,
        _ => false,
    };
}
