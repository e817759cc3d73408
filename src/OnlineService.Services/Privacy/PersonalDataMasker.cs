using System.Text.RegularExpressions;

namespace OnlineService.Services.Privacy;

/// <summary>
/// Masks residents' personal data (SPEC §9) with one set of patterns (<see cref="PersonalDataPatterns"/>) in two
/// renderings: <see cref="ForLog"/> keeps enough to tell records apart (138****5678, 张*), and <see cref="ForModel"/>
/// replaces numbers with placeholders before text leaves for an external model, keeping names and addresses an
/// agent's summary needs (the model sees what the agent reading the transcript sees, never the numbers).
/// </summary>
public static class PersonalDataMasker
{
    private static readonly HashSet<string> NameProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "Name", "ResidentName", "OwnerName", "ContactName", "FullName", "RealName", "HomeAddress", "ResidentAddress", "Phone", "Mobile", "IdNumber",
    };

    /// <summary>For logs: numbers keep their first and last digits, names and addresses their first character.</summary>
    public static string ForLog(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var masked = Replace(PersonalDataPatterns.Fold(text), PersonalDataPatterns.Numbers, static (kind, value) =>
        {
            var digits = PersonalDataPatterns.Digits(value, kind);
            return kind switch
            {
                PersonalDataKind.IdNumber => $"{digits[..4]}{new string('*', digits.Length - 8)}{digits[^4..]}",
                PersonalDataKind.Landline => LandlineForLog(value),
                _ => $"{digits[..Math.Min(3, digits.Length)]}****{digits[^4..]}",
            };
        });
        return Replace(masked, PersonalDataPatterns.NamesAndAddresses, static (_, value) => MaskWhole(value));
    }

    /// <summary>For an external model: placeholders for every number; names and addresses stay.</summary>
    public static string ForModel(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Replace(PersonalDataPatterns.Fold(text), PersonalDataPatterns.Numbers, static (kind, _) => kind switch
        {
            PersonalDataKind.IdNumber => "[身份证号]",
            PersonalDataKind.BankCard => "[银行卡号]",
            PersonalDataKind.Mobile => "[手机号]",
            _ => "[电话]",
        });
    }

    /// <summary>A structured log property: whole for name-like keys, by pattern otherwise.</summary>
    public static string MaskProperty(string key, string value) =>
        NameProperties.Contains(key) ? MaskWhole(value) : ForLog(value);

    /// <summary>Keeps the first character only: 张三 → 张*, 北京市朝阳区… → 北*****.</summary>
    public static string MaskWhole(string value) =>
        value.Length <= 1 ? "*" : value[0] + new string('*', Math.Min(value.Length - 1, 6));

    private static string Replace(string text, IReadOnlyList<(PersonalDataKind Kind, Regex Pattern)> patterns, Func<PersonalDataKind, string, string> render)
    {
        foreach (var (kind, pattern) in patterns)
        {
            text = pattern.Replace(text, match => render(kind, match.Value));
        }

        return text;
    }

    /// <summary>010-62345678 → 010-****5678: the area code stays, it says only the city.</summary>
    private static string LandlineForLog(string value)
    {
        var separator = value.IndexOfAny(['-', ' ']);
        var areaLength = separator > 0 ? separator + 1 : value.StartsWith("01", StringComparison.Ordinal) || value.StartsWith("02", StringComparison.Ordinal) ? 3 : 4;
        return $"{value[..areaLength]}****{value[^4..]}";
    }
}
