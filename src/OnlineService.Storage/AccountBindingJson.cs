using System.Text.Json;
using OnlineService.Services.Accounts;

namespace OnlineService.Storage;

/// <summary>How a binding record is kept as JSON by both providers (web casing, as the dialogs first stored it).</summary>
internal static class AccountBindingJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(AccountBindingRecord record) => JsonSerializer.Serialize(record, Options);

    public static AccountBindingRecord Deserialize(string json, string where) =>
        JsonSerializer.Deserialize<AccountBindingRecord>(json, Options)
        ?? throw new InvalidOperationException($"The stored binding record of {where} is empty; delete it or restore it from a backup.");

    /// <summary>The account numbers of a record, each once.</summary>
    public static IReadOnlyList<string> AccountNumbers(AccountBindingRecord record) =>
        [.. record.Accounts.Select(a => a.AccountNumber).Distinct(StringComparer.Ordinal)];
}
