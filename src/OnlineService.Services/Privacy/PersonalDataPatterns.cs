using System.Text.RegularExpressions;

namespace OnlineService.Services.Privacy;

/// <summary>
/// The one set of patterns that finds residents' personal data in free text, in the order they must run: longest
/// numbers first, so an ID number is not half-eaten as a phone number. Phone numbers are found as residents write them:
/// with <c>+86</c>, dashes or spaces, and in full-width digits (folded by <see cref="Fold"/> first).
/// </summary>
internal static partial class PersonalDataPatterns
{
    public static readonly IReadOnlyList<(PersonalDataKind Kind, Regex Pattern)> Numbers =
    [
        (PersonalDataKind.IdNumber, IdNumber18()),
        (PersonalDataKind.BankCard, BankCard()),
        (PersonalDataKind.IdNumber, IdNumber15()),
        (PersonalDataKind.Mobile, Mobile()),
        (PersonalDataKind.Landline, Landline()),
    ];

    /// <summary>Names and addresses: after a label (姓名：…), after 我叫/我是, before 先生/女士, and building-unit-room addresses.</summary>
    public static readonly IReadOnlyList<(PersonalDataKind Kind, Regex Pattern)> NamesAndAddresses =
    [
        (PersonalDataKind.Name, LabelledName()),
        (PersonalDataKind.Address, LabelledAddress()),
        (PersonalDataKind.Name, SelfIntroducedName()),
        (PersonalDataKind.Name, AddressedName()),
        (PersonalDataKind.Address, StreetAddress()),
        (PersonalDataKind.Address, BuildingAddress()),
    ];

    /// <summary>Folds full-width digits, X, dash, plus and space to ASCII, so "１３８ １２３４ ５６７８" is one number.</summary>
    public static string Fold(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u3000', '\uFF5A'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
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
                    '\u3000' => ' ',
                    _ => c,
                };
            }
        });
    }

    /// <summary>The digits of a match (and a trailing X of an ID number), without separators or the country code.</summary>
    public static string Digits(string value, PersonalDataKind kind)
    {
        var digits = new string([.. value.Where(c => char.IsAsciiDigit(c) || c is 'X' or 'x')]);
        return kind == PersonalDataKind.Mobile && digits.Length > 11 && digits.StartsWith("86", StringComparison.Ordinal) ? digits[2..] : digits;
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])")]
    private static partial Regex IdNumber18();

    [GeneratedRegex(@"(?<![\d*])\d{4}(?:[ -]?\d{4}){3}(?:[ -]?\d{1,3})?(?!\d)")]
    private static partial Regex BankCard();

    [GeneratedRegex(@"(?<![\d*])\d{15}(?!\d)")]
    private static partial Regex IdNumber15();

    [GeneratedRegex(@"(?<![\d*])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"(?<![\d*])0\d{2,3}[ -]?\d{7,8}(?!\d)")]
    private static partial Regex Landline();

    [GeneratedRegex(@"(?<=(?:姓名|户主|联系人|业主|名字)\s*[:：]\s*)[^\s,，;；。:：]+")]
    private static partial Regex LabelledName();

    [GeneratedRegex(@"(?<=(?:地址|住址|家住|住在)\s*[:：]?\s*)[^\s,，;；。:：]+")]
    private static partial Regex LabelledAddress();

    [GeneratedRegex(@"(?<=(?:我叫|我是|本人是|户主是|联系人是)\s*)\p{IsCJKUnifiedIdeographs}{2,4}")]
    private static partial Regex SelfIntroducedName();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{1,2}(?=(?:先生|女士|小姐|阿姨|大爷))")]
    private static partial Regex AddressedName();

    [GeneratedRegex(@"(?:\p{IsCJKUnifiedIdeographs}{2,8}(?:小区|花园|家园|公寓|大厦|新村|公馆|嘉园|苑|里|院)\s*)?\d{1,3}\s*(?:号楼|栋|幢|号院)(?:\s*\d{1,2}\s*(?:单元|门))?(?:\s*\d{2,4}\s*(?:室|号)?)?")]
    private static partial Regex BuildingAddress();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{1,8}(?:路|街|大街|大道|胡同|巷)\s*\d{1,4}\s*号(?:院)?")]
    private static partial Regex StreetAddress();
}
