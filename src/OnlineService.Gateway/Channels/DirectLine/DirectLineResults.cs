using OnlineService.Channels.DirectLine;

namespace OnlineService.Gateway.Channels.DirectLine;

/// <summary>
/// The error answers of the API. The status codes matter to the clients: 403 means an expired token and 404 a
/// conversation that is gone (both end a Web Chat session), so neither is used for transient failures.
/// </summary>
internal static class DirectLineResults
{
    public static IResult Error(int status, string code, string message) =>
        Results.Json(DirectLineErrorResponse.Of(code, message), statusCode: status);

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, DirectLineErrorCodes.BadArgument, message);

    public static IResult Unauthorized(string message) => Error(StatusCodes.Status401Unauthorized, DirectLineErrorCodes.Unauthorized, message);

    public static IResult Expired() =>
        Error(StatusCodes.Status403Forbidden, DirectLineErrorCodes.TokenExpired, "The token has expired; get a new one from the page's backend.");

    public static IResult Forbidden(string message) => Error(StatusCodes.Status403Forbidden, DirectLineErrorCodes.Unauthorized, message);

    public static IResult ConversationNotFound() =>
        Error(StatusCodes.Status404NotFound, DirectLineErrorCodes.NotFound, "The conversation does not exist; start a new one.");

    public static IResult TooManyRequests(TimeSpan retryAfter, HttpResponse response)
    {
        // directlinejs waits Retry-After *milliseconds* before retrying (wrapAjaxWithRetry).
        response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalMilliseconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Error(StatusCodes.Status429TooManyRequests, DirectLineErrorCodes.TooManyRequests, "Too many messages in this conversation; slow down.");
    }
}
