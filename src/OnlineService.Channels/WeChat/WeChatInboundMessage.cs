using System.Xml.Linq;

namespace OnlineService.Channels.WeChat;

/// <summary>
/// A decrypted WeChat push: the common header plus every field as sent. Values stay strings (<c>MsgId</c> is an
/// int64 beyond 2^53; tags are case-sensitive, <c>MsgId</c> ≠ <c>MsgID</c>).
/// </summary>
public sealed record WeChatInboundMessage
{
    private static readonly string[] SubscriptionContainers =
        ["SubscribeMsgPopupEvent", "SubscribeMsgChangeEvent", "SubscribeMsgSentEvent"];

    /// <summary>The account's original id (<c>gh_…</c>).</summary>
    public required string ToUserName { get; init; }

    /// <summary>The resident's OpenID.</summary>
    public required string FromUserName { get; init; }

    /// <summary>Unix seconds.</summary>
    public required long CreateTime { get; init; }

    public required string MsgType { get; init; }

    /// <summary>Top-level leaf elements, name → text.</summary>
    public required IReadOnlyDictionary<string, string> Fields { get; init; }

    /// <summary>Leaves of nested containers such as <c>ScanCodeInfo/ScanResult</c> (first occurrence of a path).</summary>
    public IReadOnlyDictionary<string, string> Nested { get; init; } = new Dictionary<string, string>();

    /// <summary>The <c>List</c> items of <c>subscribe_msg_*</c> events, always a collection even for one template.</summary>
    public IReadOnlyList<WeChatSubscriptionNotice> SubscriptionNotices { get; init; } = [];

    public bool IsEvent => MsgType == WeChatMsgTypes.Event;

    /// <summary>The message id of normal messages; events have none.</summary>
    public string? MsgId => Field("MsgId");

    public string? Event => Field("Event");

    public string? EventKey => Field("EventKey");

    public DateTimeOffset CreatedAt => DateTimeOffset.FromUnixTimeSeconds(CreateTime);

    /// <summary>A top-level field, or null when absent or empty.</summary>
    public string? Field(string name) =>
        Fields.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>Parses a decrypted (or plaintext-mode) push with <see cref="SafeXml"/>.</summary>
    public static WeChatInboundMessage Parse(string xml, int maxCharacters = SafeXml.DefaultMaxBytes) =>
        FromXml(SafeXml.Parse(xml, maxCharacters));

    /// <summary>2000-01-01 and 2100-01-01 UTC: the range of a platform timestamp this gateway believes.</summary>
    private const long EarliestCreateTime = 946_684_800;
    private const long LatestCreateTime = 4_102_444_800;

    public static WeChatInboundMessage FromXml(XElement root)
    {
        var fields = SafeXml.ReadFields(root);
        var createTime = Required(fields, "CreateTime");
        if (!long.TryParse(createTime, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            || seconds < EarliestCreateTime || seconds > LatestCreateTime)
        {
            // A signed push can still carry any number; one past year 9999 used to end in a 500, and a far-future
            // time would start the resident's reply clock in the wrong century.
            throw new SafeXmlException(SafeXmlFailure.Malformed, $"CreateTime '{createTime}' is not Unix seconds between 2000 and 2100.");
        }

        var nested = new Dictionary<string, string>(StringComparer.Ordinal);
        var notices = new List<WeChatSubscriptionNotice>();
        foreach (var container in root.Elements().Where(e => e.HasElements))
        {
            if (SubscriptionContainers.Contains(container.Name.LocalName))
            {
                notices.AddRange(container.Elements("List").Select(ReadNotice));
            }
            else
            {
                Flatten(container, container.Name.LocalName, nested);
            }
        }

        return new WeChatInboundMessage
        {
            ToUserName = Required(fields, "ToUserName"),
            FromUserName = Required(fields, "FromUserName"),
            CreateTime = seconds,
            MsgType = Required(fields, "MsgType"),
            Fields = fields,
            Nested = nested,
            SubscriptionNotices = notices,
        };
    }

    private static string Required(IReadOnlyDictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : throw new SafeXmlException(SafeXmlFailure.Malformed, $"The push has no <{name}>; every WeChat push carries it.");

    private static void Flatten(XElement element, string path, Dictionary<string, string> into)
    {
        foreach (var child in element.Elements())
        {
            var childPath = path + "/" + child.Name.LocalName;
            if (child.HasElements)
            {
                Flatten(child, childPath, into);
            }
            else
            {
                into.TryAdd(childPath, child.Value);
            }
        }
    }

    private static WeChatSubscriptionNotice ReadNotice(XElement item)
    {
        string? Value(string name) => item.Element(name)?.Value is { Length: > 0 } v ? v : null;
        return new WeChatSubscriptionNotice(
            Value("TemplateId"),
            Value("SubscribeStatusString"),
            Value("PopupScene"),
            Value("MsgID"),
            Value("ErrorCode"),
            Value("ErrorStatus"));
    }
}
