namespace OnlineService.Gateway.Channels.WeChat.Binding;

/// <summary>The binding page's request: the account number and a proof, <c>phone</c> (last four digits) or <c>name</c>.</summary>
internal sealed record BindRequest(string? AccountNumber, string? ProofKind, string? Proof);
