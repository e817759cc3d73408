using System.Text.Json;
using Microsoft.Extensions.Options;
using OnlineService.Conversation.State;

namespace OnlineService.Gateway.WorkOrders.Api;

/// <summary>
/// Idempotency keys (header <c>Idempotency-Key</c>) of POSTs, kept in the shared state store so every replica sees
/// them: the first request with a key runs and its answer is stored; a repeat with the same fingerprint gets the same
/// answer without running again; the same key on a different request is refused (422); a repeat while the first
/// still runs is told to retry (409). A key is claimed with a create-only write, so two replicas never both run it.
/// </summary>
public sealed class IdempotencyGate(IStateStore state, TimeProvider clock, IOptions<HandlingUnitApiOptions> options)
{
    public const string HeaderName = "Idempotency-Key";

    // A claimed key whose request has not answered within this time belongs to a crashed replica and may be taken over.
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Runs <paramref name="action"/> once per <paramref name="scope"/> and <paramref name="key"/>; without a key it
    /// simply runs. Answers of status 500 and above are not kept, so the client may retry them.
    /// </summary>
    public async Task<ApiResponse> RunAsync(string scope, string? key, string fingerprint, Func<Task<ApiResponse>> action, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key))
        {
            return await action();
        }

        if (key.Length > 200 || key.Any(char.IsControl))
        {
            return ApiProblems.BadRequest($"The {HeaderName} header must be at most 200 printable characters; a UUID is a good choice.");
        }

        var storeKey = $"idempotency/{scope}/{key}";
        var now = clock.GetUtcNow();
        var claim = new IdempotencyRecord(fingerprint, now, null);
        string etag;
        try
        {
            etag = await state.WriteAsync(storeKey, JsonSerializer.Serialize(claim, ApiJson.Options), expectedETag: null, cancellationToken);
        }
        catch (StateConflictException)
        {
            var existing = await state.ReadAsync(storeKey, cancellationToken);
            var taken = await TryTakeOverAsync(storeKey, existing, claim, now, cancellationToken);
            if (taken is null)
            {
                return Answer(existing, fingerprint);
            }

            etag = taken;
        }

        ApiResponse response;
        try
        {
            response = await action();
        }
        catch
        {
            await state.DeleteAsync(storeKey, etag, CancellationToken.None);
            throw;
        }

        if (response.Status >= 500)
        {
            await state.DeleteAsync(storeKey, etag, cancellationToken);
        }
        else
        {
            await state.WriteAsync(storeKey, JsonSerializer.Serialize(claim with { Response = response }, ApiJson.Options), etag, cancellationToken);
        }

        return response;
    }

    // Takes a key whose record expired or whose claimer vanished; null when the record stands.
    private async Task<string?> TryTakeOverAsync(string storeKey, StoredItem? existing, IdempotencyRecord claim, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var record = existing is null ? null : JsonSerializer.Deserialize<IdempotencyRecord>(existing.Json, ApiJson.Options);
        var stale = record is null
            || (record.Response is null && now - record.StartedAt > AbandonedAfter)
            || (record.Response is not null && now - record.StartedAt > options.Value.IdempotencyWindow);
        if (!stale)
        {
            return null;
        }

        try
        {
            return await state.WriteAsync(storeKey, JsonSerializer.Serialize(claim, ApiJson.Options), existing?.ETag, cancellationToken);
        }
        catch (StateConflictException)
        {
            return null;
        }
    }

    private static ApiResponse Answer(StoredItem? existing, string fingerprint)
    {
        var record = existing is null ? null : JsonSerializer.Deserialize<IdempotencyRecord>(existing.Json, ApiJson.Options);
        if (record is null || record.Response is null)
        {
            return ApiProblems.Create(StatusCodes.Status409Conflict, "A request with this idempotency key is still running.",
                "Retry in a few seconds with the same key to get its answer.", "idempotency_in_progress");
        }

        return record.Fingerprint == fingerprint
            ? record.Response
            : ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, "The idempotency key was used for another request.",
                $"Each {HeaderName} stands for one request; use a new key for a different request.", "idempotency_key_reused");
    }
}
