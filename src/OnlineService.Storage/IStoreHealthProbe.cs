namespace OnlineService.Storage;

/// <summary>Checks that the configured store answers; used by the host's health endpoint. Never throws for an unreachable store.</summary>
public interface IStoreHealthProbe
{
    Task<StoreHealth> CheckAsync(CancellationToken cancellationToken = default);
}
