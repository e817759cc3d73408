namespace OnlineService.Gateway.Hosting;

/// <summary>Identifies this gateway process as the owner of leases on turns and replies.</summary>
public sealed class GatewayInstance
{
    public string Id { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}"[..^24];
}
