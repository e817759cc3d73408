using System.Buffers.Text;
using System.Security.Cryptography;
using OnlineService.Conversation.State;

namespace OnlineService.Gateway.Channels.WeChat.Binding;

/// <summary>
/// Binding invitations behind parametric QR codes. The QR scene is <c>bind_&lt;token&gt;</c>, where the token is
/// random and opaque: the account number never leaves the server, and an invitation stops working when it expires.
/// Kept in the shared state store so every replica resolves a scan.
/// </summary>
public sealed class WeChatBindInvitations(IStateStore store, TimeProvider clock)
{
    /// <summary>The scene prefix of a binding invitation (the platform adds <c>qrscene_</c> for new followers).</summary>
    public const string ScenePrefix = "bind_";

    /// <summary>Creates an invitation to bind <paramref name="accountNumber"/> and returns its QR scene.</summary>
    public async Task<string> CreateAsync(string accountNumber, TimeSpan validFor, CancellationToken cancellationToken = default)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));
        var now = clock.GetUtcNow();
        await WeChatStateDocument.UpdateAsync<WeChatBindInvitation>(store, Key(token),
            _ => new WeChatBindInvitation(accountNumber, now, now + validFor), cancellationToken);
        return ScenePrefix + token;
    }

    /// <summary>The invitation a scanned scene names, or null when it is not an invitation, unknown or expired.</summary>
    public async Task<WeChatBindInvitation?> ResolveAsync(string? scene, CancellationToken cancellationToken = default)
    {
        if (scene is null || !scene.StartsWith(ScenePrefix, StringComparison.Ordinal) || scene.Length > 64)
        {
            return null;
        }

        var token = scene[ScenePrefix.Length..];
        if (token.Length == 0 || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        var invitation = await WeChatStateDocument.ReadAsync<WeChatBindInvitation>(store, Key(token), cancellationToken);
        if (invitation is null)
        {
            return null;
        }

        if (invitation.ExpiresAt <= clock.GetUtcNow())
        {
            await store.DeleteAsync(Key(token), null, cancellationToken);
            return null;
        }

        return invitation;
    }

    private static string Key(string token) => $"wechat:invite:{token}";
}
