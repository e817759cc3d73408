namespace OnlineService.Services.Accounts;

/// <summary>
/// Hides most of an account number or address when they are shown in chat, where a screen may be seen by others:
/// enough is left for the resident to recognise their own account.
/// </summary>
public static class AccountMasking
{
    private static readonly string[] DistrictEnds = ["区", "县", "市", "旗"];
    private static readonly string[] EstateEnds = ["小区", "花园", "家园", "公寓", "社区", "新村", "苑", "里", "园"];

    /// <summary>"2023100188" → "2023****88"; short numbers keep only their last two digits.</summary>
    public static string MaskNumber(string accountNumber) => accountNumber.Length switch
    {
        <= 2 => new string('*', accountNumber.Length),
        < 8 => new string('*', accountNumber.Length - 2) + accountNumber[^2..],
        _ => accountNumber[..4] + "****" + accountNumber[^2..],
    };

    /// <summary>"朝阳区望京花园3号楼2单元501" → "朝阳区**花园…": the district and the kind of estate, nothing that finds the door.</summary>
    public static string MaskAddress(string address)
    {
        var districtEnd = DistrictEnds
            .Select(end => address.IndexOf(end, StringComparison.Ordinal))
            .Where(index => index is > 0 and <= 6)
            .DefaultIfEmpty(-1)
            .Min();
        var district = districtEnd < 0 ? address[..Math.Min(2, address.Length)] : address[..(districtEnd + 1)];
        var rest = address[district.Length..];
        var estate = EstateEnds.FirstOrDefault(end => rest.Contains(end, StringComparison.Ordinal)) ?? "";
        return $"{district}**{estate}…";
    }
}
