namespace OnlineService.Services.Handoff;

/// <summary>
/// The live feed of desk changes, for the console's Server-Sent Events. In-process: each gateway replica sees the
/// changes made through it; a console therefore also re-reads on reconnect (events carry no state of their own).
/// </summary>
public interface IAgentDeskEvents
{
    /// <summary>Announces a change to every current subscriber; never blocks.</summary>
    void Publish(DeskEvent change);

    /// <summary>The changes from now on, until <paramref name="cancellationToken"/> ends the subscription.</summary>
    IAsyncEnumerable<DeskEvent> SubscribeAsync(CancellationToken cancellationToken);
}
