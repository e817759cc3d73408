using System.Text;

namespace OnlineService.Services.Accounts;

/// <summary>What an account number looks like: residents type it with spaces, dashes or full-width digits.</summary>
public static class AccountNumberFormat
{
    public const int MinLength = 6;
    public const int MaxLength = 12;

    /// <summary>Reads the digits of a typed account number; false when it is not 6–12 digits.</summary>
    public static bool TryNormalize(string text, out string accountNumber)
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
            else if (!char.IsWhiteSpace(c) && c is not ('-' or '－' or '_'))
            {
                accountNumber = "";
                return false;
            }
        }

        accountNumber = digits.ToString();
        return accountNumber.Length is >= MinLength and <= MaxLength;
    }
}
