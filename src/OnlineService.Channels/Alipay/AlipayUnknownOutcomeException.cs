namespace OnlineService.Channels.Alipay;

/// <summary>The call may or may not have taken effect: timeout, network failure, HTTP error, or an answer whose signature
/// does not verify (possibly not from Alipay). Callers query later and retry with the same idempotency keys.</summary>
public sealed class AlipayUnknownOutcomeException(string message, Exception? inner = null) : Exception(message, inner);
