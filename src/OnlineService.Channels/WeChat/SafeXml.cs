using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace OnlineService.Channels.WeChat;

/// <summary>
/// Reads platform XML without the classic parser attacks: DTDs are prohibited (no XXE, no entity expansion),
/// no resolver can fetch anything, and both the raw body and the parsed document are size-capped.
/// </summary>
public static class SafeXml
{
    /// <summary>WeChat pushes are a few KB; 64 KB leaves room for long texts and subscription lists.</summary>
    public const int DefaultMaxBytes = 64 * 1024;

    /// <summary>
    /// WeChat nests at most four levels (xml › SubscribeMsgPopupEvent › List › field); anything deeper is refused before
    /// it is loaded: 9,000 levels cost 0.6 s and 130 MB once flattened into field paths.
    /// </summary>
    public const int MaxDepth = 8;

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static XmlReaderSettings CreateReaderSettings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>
    /// Reads a request body as UTF-8, refusing it once it passes <paramref name="maxBytes"/> instead of buffering
    /// whatever a client sends.
    /// </summary>
    public static async Task<string> ReadBodyAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new SafeXmlException(SafeXmlFailure.TooLarge, $"The request body exceeds {maxBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith(Utf8ByteOrderMark))
        {
            bytes = bytes[Utf8ByteOrderMark.Length..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new SafeXmlException(SafeXmlFailure.Malformed, "The request body is not valid UTF-8.", ex);
        }
    }

    /// <summary>Parses a WeChat document and returns its <c>&lt;xml&gt;</c> root.</summary>
    public static XElement Parse(string xml, int maxCharacters = DefaultMaxBytes)
    {
        if (xml.Length > maxCharacters)
        {
            throw new SafeXmlException(SafeXmlFailure.TooLarge, $"The XML document exceeds {maxCharacters} characters.");
        }

        XElement root;
        try
        {
            var settings = CreateReaderSettings(maxCharacters);
            using (var scan = XmlReader.Create(new StringReader(xml), settings))
            {
                while (scan.Read())
                {
                    if (scan.Depth > MaxDepth)
                    {
                        throw new SafeXmlException(SafeXmlFailure.Malformed, $"The XML nests deeper than {MaxDepth} levels; WeChat never does.");
                    }
                }
            }

            using var reader = XmlReader.Create(new StringReader(xml), settings);
            root = XElement.Load(reader, LoadOptions.None);
        }
        catch (XmlException ex) when (IsDtdRefusal(ex))
        {
            throw new SafeXmlException(SafeXmlFailure.Prohibited, "The XML declares a DTD or entities, which WeChat never sends.", ex);
        }
        catch (XmlException ex) when (ex.Message.Contains("MaxCharacters", StringComparison.Ordinal))
        {
            throw new SafeXmlException(SafeXmlFailure.TooLarge, $"The XML document exceeds {maxCharacters} characters.", ex);
        }
        catch (XmlException ex)
        {
            throw new SafeXmlException(SafeXmlFailure.Malformed, $"The XML is not well-formed: {ex.Message}", ex);
        }

        if (root.Name.LocalName != "xml")
        {
            throw new SafeXmlException(SafeXmlFailure.Malformed, $"The root element is <{root.Name.LocalName}>, WeChat sends <xml>.");
        }

        return root;
    }

    /// <summary>
    /// The leaf children of <paramref name="root"/> as name → text (CDATA unwrapped). Names are case-sensitive:
    /// WeChat uses both <c>MsgId</c> and <c>MsgID</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ReadFields(XElement root)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in root.Elements())
        {
            if (!element.HasElements)
            {
                fields.TryAdd(element.Name.LocalName, element.Value);
            }
        }

        return fields;
    }

    private static bool IsDtdRefusal(XmlException ex) =>
        ex.Message.Contains("DTD", StringComparison.Ordinal) ||
        ex.Message.Contains("DtdProcessing", StringComparison.Ordinal) ||
        ex.Message.Contains("entity", StringComparison.OrdinalIgnoreCase);
}
