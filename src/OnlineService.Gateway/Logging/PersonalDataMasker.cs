using System.Text.RegularExpressions;

namespace OnlineService.Gateway.Logging;

/// <summary>
/// Masks residents' personal data before it reaches a log (SPEC §9): mobile and landline numbers, ID-card numbers,
/// and names or addresses given after a label (姓名：张三, 地址：…). Values of log properties that are names
/// (e.g. <c>ResidentName</c>) are masked whole by <see cref="MaskProperty"/>.
/// </summary>
public static partial class PersonalDataMasker
{
    private static readonly HashSet<string> NameProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "Name", "ResidentName", "OwnerName", "ContactName", "FullName", "RealName", "HomeAddress", "ResidentAddress", "Phone", "Mobile", "IdNumber",
    };

    public static string Mask(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        text = IdCardPattern().Replace(text, m => $"{m.Value[..4]}**********{m.Value[^4..]}");
        text = MobilePattern().Replace(text, m => $"{m.Groups[1].Value}****{m.Groups[2].Value}");
        text = LandlinePattern().Replace(text, m => $"{m.Groups[1].Value}****{m.Groups[2].Value}");
        text = LabelledPattern().Replace(text, m => $"{m.Groups[1].Value}{MaskWhole(m.Groups[2].Value)}");
        return text;
    }

    /// <summary>Masks a structured log property: whole for name-like keys, by pattern otherwise.</summary>
    public static string MaskProperty(string key, string value) =>
        NameProperties.Contains(key) ? MaskWhole(value) : Mask(value);

    /// <summary>Keeps the first character only: 张三 → 张*, 北京市朝阳区… → 北*****.</summary>
    public static string MaskWhole(string value) =>
        value.Length <= 1 ? "*" : value[0] + new string('*', Math.Min(value.Length - 1, 6));

    [GeneratedRegex(@"(?<!\d)\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])")]
    private static partial Regex IdCardPattern();

    [GeneratedRegex(@"(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)")]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"(?<![\d*])(0\d{2,3}-?)\d{4}(\d{3,4})(?!\d)")]
    private static partial Regex LandlinePattern();

    [GeneratedRegex(@"((?:姓名|户主|联系人|业主|地址|住址)\s*[:：]\s*)([^\s,，;；。]+)")]
    private static partial Regex LabelledPattern();
}
