namespace OnlineService.Gateway.Operators;

/// <summary>Body of the desk's steps: the handler (dispatch, redispatch), and a note or the reason the step needs.</summary>
public sealed record OperatorActionRequest(string? HandlerId, string? Note, string? Reason);
