namespace OnlineService.Conversation.Messaging;

/// <summary>The answer to admitting an inbound message: new, or the message already admitted under that dedupe key.</summary>
public sealed record InboundAdmission(bool IsNew, InboundMessage Message);
