using System.Text;

namespace OnlineService.Channels.WeChat;

/// <summary>Writes text as CDATA the way WeChat's XML expects it, safe for any input.</summary>
internal static class WeChatCdata
{
    /// <summary>
    /// Appends <c>&lt;![CDATA[text]]&gt;</c>. A <c>]]&gt;</c> inside the text is split across two sections, characters
    /// XML cannot carry are dropped, and <c>\r\n</c> becomes <c>\n</c> (iOS clients show a blank line for <c>\r</c>).
    /// </summary>
    public static void Append(StringBuilder xml, string text)
    {
        xml.Append("<![CDATA[");
        var clean = RemoveInvalidCharacters(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        xml.Append(clean.Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal));
        xml.Append("]]>");
    }

    public static void AppendElement(StringBuilder xml, string name, string text)
    {
        xml.Append('<').Append(name).Append('>');
        Append(xml, text);
        xml.Append("</").Append(name).Append('>');
    }

    private static string RemoveInvalidCharacters(string text)
    {
        if (IsAllValid(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (IsValidXmlChar(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsAllValid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsValidXmlChar(c))
            {
                return false;
            }
        }

        return true;
    }

    // XML 1.0 Char production, BMP part; lone surrogates are invalid.
    private static bool IsValidXmlChar(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}
