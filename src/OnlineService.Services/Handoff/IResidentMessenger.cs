namespace OnlineService.Services.Handoff;

/// <summary>
/// Port: delivers a desk message to a resident on the conversation's channel, through the persisted outbox (and so
/// into the transcript), exactly like bot replies. The host renders notices from its content.
/// </summary>
public interface IResidentMessenger
{
    /// <param name="address">Whose resident, on which channel.</param>
    /// <param name="message">What to send.</param>
    /// <param name="messageId">A stable id, so sending the same message again (a retried due item) queues it once.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task SendAsync(ResidentAddress address, ResidentMessage message, string messageId, CancellationToken cancellationToken);
}
