using System.Text.RegularExpressions;
using OnlineService.Conversation.Prompts.Recognizers;

namespace OnlineService.Dialogs.WorkOrders;

/// <summary>
/// Details residents give before they are asked ("望京花园3号楼2单元501，电话13812345678，暖气不热"): taken from any
/// message of a form, so that the form does not ask for them again.
/// </summary>
internal static partial class RequestEntities
{
    private static readonly string[] AddressLeads = ["我家住在", "我家住", "我住在", "家住在", "家住", "住在", "我家在", "地址是", "地址", "我是", "改成", "改为", "应该是", "是", "在"];

    public static string? Phone(string text) => MobilePhoneRecognizer.Recognize(text);

    /// <summary>A home address with building and door ("XX小区3号楼2单元501"), without leading words such as 我家住.</summary>
    public static string? Address(string text)
    {
        var match = AddressPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var address = match.Value.Trim();
        foreach (var lead in AddressLeads)
        {
            if (address.StartsWith(lead, StringComparison.Ordinal) && address.Length - lead.Length >= 5)
            {
                address = address[lead.Length..];
                break;
            }
        }

        return address.Length >= 5 ? address : null;
    }

    [GeneratedRegex(@"[\u4e00-\u9fa5A-Za-z]{2,14}?\d+\s*(?:号楼|栋|幢|座)\s*(?:\d+\s*(?:单元|门))?\s*(?:\d+\s*(?:室|号|户)?)?")]
    private static partial Regex AddressPattern();
}
