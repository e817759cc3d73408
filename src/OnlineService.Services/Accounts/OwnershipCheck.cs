using System.Text;

namespace OnlineService.Services.Accounts;

/// <summary>Compares a proof with the billing system's record.</summary>
internal static class OwnershipCheck
{
    public static bool Matches(HeatingAccount account, OwnershipProof proof) => proof.Kind switch
    {
        ProofKind.PhoneLastFour => Digits(proof.Value) is { Length: 4 } given
            && Digits(account.RegisteredPhone) is { Length: >= 4 } phone
            && phone.EndsWith(given, StringComparison.Ordinal),
        ProofKind.OwnerName => Name(proof.Value) is { Length: > 0 } name && name == Name(account.OwnerName),
        _ => false,
    };

    private static string Digits(string text)
    {
        var digits = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                digits.Append(c);
            }
            else if (c is >= '０' and <= '９')
            {
                digits.Append((char)('0' + (c - '０')));
            }
        }

        return digits.ToString();
    }

    /// <summary>Names are compared without spaces and with one kind of middle dot (少数民族 names: 阿依古丽·买买提).</summary>
    private static string Name(string text)
    {
        var name = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c))
            {
                name.Append(c is '•' or '．' or '.' or '・' ? '·' : c);
            }
        }

        return name.ToString();
    }
}
