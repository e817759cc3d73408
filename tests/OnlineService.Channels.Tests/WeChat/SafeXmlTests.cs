using System.Text;
using OnlineService.Channels.WeChat;

namespace OnlineService.Channels.Tests.WeChat;

public sealed class SafeXmlTests
{
    [Fact]
    public void Reads_cdata_and_plain_fields_case_sensitively()
    {
        var root = SafeXml.Parse("<xml><Content><![CDATA[a]]]]><![CDATA[>b <tag> & 😀]]></Content><MsgId>6054768590064713728</MsgId><MsgID>1</MsgID></xml>");
        var fields = SafeXml.ReadFields(root);

        Assert.Equal("a]]>b <tag> & 😀", fields["Content"]);
        Assert.Equal("6054768590064713728", fields["MsgId"]);
        Assert.Equal("1", fields["MsgID"]);
    }

    /// <summary>Issue 16, "9,000-deep XML costs 0.6 s and 130 MB (path strings grow with depth²)".</summary>
    [Fact]
    public void Deep_nesting_is_refused_before_it_is_loaded()
    {
        var deep = "<xml>" + string.Concat(Enumerable.Repeat("<a>", 7000)) + string.Concat(Enumerable.Repeat("</a>", 7000)) + "</xml>";

        var error = Assert.Throws<SafeXmlException>(() => SafeXml.Parse(deep));

        Assert.Equal(SafeXmlFailure.Malformed, error.Failure);
        Assert.NotNull(SafeXml.Parse("<xml><SubscribeMsgPopupEvent><List><TemplateId>t</TemplateId></List></SubscribeMsgPopupEvent></xml>"));
    }

    [Fact]
    public void Rejects_external_entities()
    {
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE xml [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <xml><ToUserName><![CDATA[gh_1]]></ToUserName><Content>&xxe;</Content></xml>
            """;
        var error = Assert.Throws<SafeXmlException>(() => SafeXml.Parse(xxe));
        Assert.Equal(SafeXmlFailure.Prohibited, error.Failure);
    }

    [Fact]
    public void Rejects_entity_expansion_bombs()
    {
        var bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY lol0 \"lol\">");
        for (var i = 1; i < 10; i++)
        {
            bomb.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        bomb.Append("]><xml><Content>&lol9;</Content></xml>");
        var error = Assert.Throws<SafeXmlException>(() => SafeXml.Parse(bomb.ToString()));
        Assert.Equal(SafeXmlFailure.Prohibited, error.Failure);
    }

    [Fact]
    public void Undeclared_entity_is_refused()
    {
        Assert.Throws<SafeXmlException>(() => SafeXml.Parse("<xml><Content>&nbsp;</Content></xml>"));
    }

    [Fact]
    public void Doctype_text_inside_cdata_is_only_text()
    {
        var fields = SafeXml.ReadFields(SafeXml.Parse("<xml><Content><![CDATA[<!DOCTYPE x [<!ENTITY a \"b\">]>]]></Content></xml>"));
        Assert.Equal("<!DOCTYPE x [<!ENTITY a \"b\">]>", fields["Content"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml")]
    [InlineData("<xml><Content>unclosed</xml>")]
    [InlineData("<root><Content>x</Content></root>")]
    [InlineData("{\"json\":true}")]
    public void Malformed_documents_are_refused(string xml)
    {
        Assert.Equal(SafeXmlFailure.Malformed, Assert.Throws<SafeXmlException>(() => SafeXml.Parse(xml)).Failure);
    }

    [Fact]
    public void Documents_over_the_limit_are_refused()
    {
        var xml = "<xml><Content>" + new string('x', 2000) + "</Content></xml>";
        Assert.Equal(SafeXmlFailure.TooLarge, Assert.Throws<SafeXmlException>(() => SafeXml.Parse(xml, maxCharacters: 1000)).Failure);
        Assert.NotNull(SafeXml.Parse(xml, maxCharacters: 4000));
    }

    [Fact]
    public async Task Body_reader_stops_at_the_byte_limit()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var large = new MemoryStream(new byte[SafeXml.DefaultMaxBytes + 1]);
        var error = await Assert.ThrowsAsync<SafeXmlException>(() => SafeXml.ReadBodyAsync(large, SafeXml.DefaultMaxBytes, cancellationToken));
        Assert.Equal(SafeXmlFailure.TooLarge, error.Failure);

        var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<xml>供热</xml>")).ToArray();
        Assert.Equal("<xml>供热</xml>", await SafeXml.ReadBodyAsync(new MemoryStream(body), 100, cancellationToken));
    }

    [Fact]
    public async Task Body_reader_refuses_invalid_utf8()
    {
        var body = new MemoryStream([0x3C, 0x78, 0xFF, 0xFE, 0x3E]);
        var error = await Assert.ThrowsAsync<SafeXmlException>(() => SafeXml.ReadBodyAsync(body, 100, TestContext.Current.CancellationToken));
        Assert.Equal(SafeXmlFailure.Malformed, error.Failure);
    }
}
