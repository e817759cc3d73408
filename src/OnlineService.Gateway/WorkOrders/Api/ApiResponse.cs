namespace OnlineService.Gateway.WorkOrders.Api;

/// <summary>An answer as sent, so an idempotent repeat can send exactly the same again.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="ContentType"><c>application/json</c> or <c>application/problem+json</c>.</param>
/// <param name="Body">The JSON body.</param>
public sealed record ApiResponse(int Status, string ContentType, string Body)
{
    public IResult ToResult() => Results.Text(Body, ContentType, System.Text.Encoding.UTF8, Status);
}
