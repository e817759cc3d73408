namespace OnlineService.Channels.Alipay;

/// <summary>A mini-program subscription message (<c>alipay.open.app.mini.templatemessage.send</c>).</summary>
/// <param name="ToOpenId">Recipient open id, or</param>
/// <param name="ToUserId">recipient 2088… user id.</param>
/// <param name="TemplateId">The subscribed template (<c>user_template_id</c>).</param>
/// <param name="Page">Mini-program page opened from the message (query string url-encoded).</param>
/// <param name="DataJson">The keyword values as the JSON text Alipay expects ({"keyword1":{"value":"…"}}).</param>
/// <param name="FormId">For payment templates, the paid <c>trade_no</c>.</param>
public sealed record AlipayTemplateMessage(string? ToOpenId, string? ToUserId, string TemplateId, string Page, string DataJson, string? FormId);
