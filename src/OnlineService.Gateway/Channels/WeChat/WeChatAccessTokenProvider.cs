using System.Text.Json;
using Microsoft.Extensions.Options;
using OnlineService.Conversation.State;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>
/// The account's access token, kept in the shared state store so that every gateway replica uses the same one.
/// Renewed <see cref="WeChatOptions.TokenRefreshAhead"/> before expiry; one refresh at a time in this process
/// (a lock) and across replicas (the store's ETag: a replica that loses the write race adopts the winner's token).
/// </summary>
public sealed class WeChatAccessTokenProvider(
    IStateStore store,
    WeChatApiClient client,
    TimeProvider clock,
    IOptions<WeChatOptions> options,
    ILogger<WeChatAccessTokenProvider> logger) : IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);

    private string Key => $"wechat:token:{options.Value.AppId}";

    public void Dispose() => _refresh.Dispose();

    /// <summary>A token valid for at least the refresh margin.</summary>
    public async Task<string> GetAsync(CancellationToken cancellationToken = default)
    {
        var (cached, _) = await ReadAsync(cancellationToken);
        if (IsFresh(cached))
        {
            return cached!.Token;
        }

        return await RefreshAsync(rejected: null, cancellationToken);
    }

    /// <summary>
    /// Called when the platform refused <paramref name="rejectedToken"/> (40001/42001): fetches a new one unless
    /// another caller already replaced it.
    /// </summary>
    public Task<string> RenewAsync(string rejectedToken, CancellationToken cancellationToken = default) =>
        RefreshAsync(rejectedToken, cancellationToken);

    private async Task<string> RefreshAsync(string? rejected, CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            // Re-read under the lock: a concurrent caller (or replica) may have refreshed meanwhile.
            var (cached, etag) = await ReadAsync(cancellationToken);
            if (IsFresh(cached) && cached!.Token != rejected)
            {
                return cached.Token;
            }

            var fetched = await client.FetchStableTokenAsync(clock.GetUtcNow(), cancellationToken);
            try
            {
                await store.WriteAsync(Key, JsonSerializer.Serialize(fetched), etag, cancellationToken);
            }
            catch (StateConflictException)
            {
                // Another replica stored a token first. stable_token hands every caller the same current token,
                // so ours is as good as theirs; keep using it and let the next read pick up the stored one.
                logger.LogDebug("Another replica refreshed the WeChat access token at the same time.");
            }

            logger.LogInformation("WeChat access token renewed; valid until {ExpiresAt}.", fetched.ExpiresAt);
            return fetched.Token;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private bool IsFresh(WeChatAccessToken? token) =>
        token is not null && token.ExpiresAt - options.Value.TokenRefreshAhead > clock.GetUtcNow();

    private async Task<(WeChatAccessToken? Token, string? ETag)> ReadAsync(CancellationToken cancellationToken)
    {
        var item = await store.ReadAsync(Key, cancellationToken);
        return item is null ? (null, null) : (JsonSerializer.Deserialize<WeChatAccessToken>(item.Json), item.ETag);
    }
}
