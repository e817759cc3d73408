namespace OnlineService.Gateway.Channels.DirectLine;

internal static class DirectLineRoutes
{
    /// <summary>The clients' <c>domain</c> option must end with this prefix.</summary>
    public const string Prefix = "/v3/directline";

    public const string CorsPolicy = "DirectLine";
}
