namespace OnlineService.Dialogs.Handoff;

/// <summary>A turn value: the intent recognised before a handoff, so the desk queues the conversation in the right group.</summary>
public sealed record HandoffIntent(string Intent);
