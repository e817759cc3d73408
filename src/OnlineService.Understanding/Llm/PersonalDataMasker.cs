using System.Text.RegularExpressions;

namespace OnlineService.Understanding.Llm;

/// <summary>
/// Replaces phone numbers, identity-card numbers and bank-card numbers (sensitive per SPEC §9/§10) with placeholders
/// before text leaves for an external model. Full-width digits are folded first so "１３８…" is caught too;
/// everything else (Chinese punctuation included) is left as written.
/// </summary>
internal static partial class PersonalDataMasker
{
    public const string IdNumber = "[身份证号]";
    public const string BankCard = "[银行卡号]";
    public const string Mobile = "[手机号]";
    public const string Landline = "[电话]";

    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = FoldFullWidthDigits(text);
        // Longest patterns first, so an ID number is not half-eaten as a phone number.
        folded = IdNumber18().Replace(folded, IdNumber);
        folded = CardNumber().Replace(folded, BankCard);
        folded = IdNumber15().Replace(folded, IdNumber);
        folded = MobileNumber().Replace(folded, Mobile);
        return LandlineNumber().Replace(folded, Landline);
    }

    private static string FoldFullWidthDigits(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                'Ｘ' => 'X',
                'ｘ' => 'x',
                '－' => '-',
                '＋' => '+',
                _ => c,
            };
        }
    });

    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])")]
    private static partial Regex IdNumber18();

    [GeneratedRegex(@"(?<!\d)\d{4}(?:[ -]?\d{4}){3}(?:[ -]?\d{1,3})?(?!\d)")]
    private static partial Regex CardNumber();

    [GeneratedRegex(@"(?<!\d)\d{15}(?!\d)")]
    private static partial Regex IdNumber15();

    [GeneratedRegex(@"(?<!\d)(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)")]
    private static partial Regex MobileNumber();

    [GeneratedRegex(@"(?<!\d)0\d{2,3}[ -]?\d{7,8}(?!\d)")]
    private static partial Regex LandlineNumber();
}
