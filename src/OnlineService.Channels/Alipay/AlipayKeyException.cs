namespace OnlineService.Channels.Alipay;

/// <summary>A configured key could not be read; the message names the setting, never the key material.</summary>
public sealed class AlipayKeyException(string message, Exception? inner = null) : Exception(message, inner);
