using System.Text.Json;
using OnlineService.Conversation.Activities;
using OnlineService.Services.Accounts;

namespace OnlineService.Dialogs.Accounts;

/// <summary>
/// How a channel hands the binding dialog an account to bind: a message whose <c>value</c> carries
/// <c>{"bindAccountNumber":"…"}</c> (the WeChat gateway sets it after resolving a QR invitation server-side).
/// It only saves typing the number: the resident still proves ownership, so a forged value gains nothing.
/// </summary>
public static class BindInvitation
{
    public const string ValueProperty = "bindAccountNumber";

    /// <summary>The value to put on a message that should start binding <paramref name="accountNumber"/>.</summary>
    public static JsonElement ValueFor(string accountNumber) =>
        JsonSerializer.SerializeToElement(new Dictionary<string, string> { [ValueProperty] = accountNumber });

    /// <summary>The invited account number of <paramref name="activity"/>, normalised, or null.</summary>
    public static string? AccountNumberIn(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty(ValueProperty, out var number)
        && number.ValueKind == JsonValueKind.String
        && AccountNumberFormat.TryNormalize(number.GetString()!, out var normalized)
            ? normalized
            : null;
}
