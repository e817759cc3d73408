using Microsoft.Extensions.Options;
using OnlineService.Storage.Agents;

namespace OnlineService.Gateway.AgentConsole.Identity;

/// <summary>
/// Checks a user name and password: per-address throttling, per-account lockout after
/// <see cref="AgentConsoleOptions.MaxFailedSignIns"/> wrong passwords, and the same work for unknown names as for
/// known ones so response times do not reveal which accounts exist.
/// </summary>
public sealed class AgentSignIn(
    IAgentAccountStore store, SignInThrottle throttle, IOptionsMonitor<AgentConsoleOptions> options, TimeProvider clock, ILogger<AgentSignIn> logger)
{
    private const int MaxWriteAttempts = 5;

    private static readonly Lazy<string> UnknownUserHash = new(() => AgentPasswordHasher.Hash(Guid.NewGuid().ToString("N")));

    public async Task<SignInResult> SignInAsync(string? userName, string? password, string clientAddress, CancellationToken cancellationToken)
    {
        if (throttle.TryAttempt(clientAddress) is { } wait)
        {
            logger.LogWarning("Agent-console sign-in throttled for client {Address}.", clientAddress);
            return new SignInResult(SignInStatus.Throttled, RetryAfter: wait);
        }

        var normalized = AgentUserNames.Normalize(userName);
        var account = AgentUserNames.IsValid(normalized) ? await store.FindAsync(normalized, cancellationToken) : null;
        if (account is null)
        {
            AgentPasswordHasher.Verify(password ?? "", UnknownUserHash.Value);
            return new SignInResult(SignInStatus.WrongCredentials);
        }

        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            var now = clock.GetUtcNow();
            if (account.LockedUntil is { } until && until > now)
            {
                return new SignInResult(SignInStatus.LockedOut, RetryAfter: until - now);
            }

            var correct = AgentPasswordHasher.Verify(password ?? "", account.PasswordHash);
            var next = correct ? Succeeded(account) : Failed(account, now);
            if (next is null)
            {
                return new SignInResult(SignInStatus.SignedIn, account);
            }

            if (await store.TryUpdateAsync(next, cancellationToken) is { } saved)
            {
                if (correct)
                {
                    return new SignInResult(SignInStatus.SignedIn, saved);
                }

                if (saved.LockedUntil is { } locked)
                {
                    logger.LogWarning("Agent-console account {UserName} locked until {Until} after too many wrong passwords.", saved.UserName, locked);
                    return new SignInResult(SignInStatus.LockedOut, RetryAfter: locked - now);
                }

                return new SignInResult(SignInStatus.WrongCredentials);
            }

            // Another attempt or an admin changed the account meanwhile: count against what is stored now.
            account = await store.FindAsync(normalized, cancellationToken);
            if (account is null)
            {
                return new SignInResult(SignInStatus.WrongCredentials);
            }
        }

        throw new InvalidOperationException(
            $"The account '{normalized}' changed {MaxWriteAttempts} times during one sign-in; try again, and check for a client retrying in a loop.");
    }

    /// <summary>The account with its failure count cleared, or null when there is nothing to clear.</summary>
    private static AgentAccount? Succeeded(AgentAccount account) =>
        account.FailedSignIns == 0 && account.LockedUntil is null ? null : account with { FailedSignIns = 0, LockedUntil = null };

    private AgentAccount Failed(AgentAccount account, DateTimeOffset now)
    {
        var settings = options.CurrentValue;
        var failures = account.FailedSignIns + 1;
        return failures >= settings.MaxFailedSignIns
            ? account with { FailedSignIns = 0, LockedUntil = now + settings.LockoutDuration, UpdatedAt = now }
            : account with { FailedSignIns = failures, LockedUntil = null, UpdatedAt = now };
    }
}
