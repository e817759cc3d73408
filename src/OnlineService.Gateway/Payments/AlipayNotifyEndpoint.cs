namespace OnlineService.Gateway.Payments;

/// <summary><c>POST /alipay/notify</c>: answers exactly <c>success</c> (text/plain, 200) once the notification is
/// verified and applied, otherwise <c>fail</c>; bad input is a 400 <c>fail</c>, never a 5xx.</summary>
public static class AlipayNotifyEndpoint
{
    public const string Path = "/alipay/notify";

    public static async Task<IResult> HandleAsync(HttpRequest request, IServiceProvider services, Microsoft.Extensions.Options.IOptions<AlipayOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return Results.NotFound();
        }

        var handler = services.GetRequiredService<AlipayNotificationHandler>();
        Dictionary<string, string> form;
        try
        {
            if (!request.HasFormContentType)
            {
                return Fail(StatusCodes.Status400BadRequest);
            }

            // Parsed once: a second decode breaks passback_params with '%' (research/alipay.md §5, pain point 4).
            var collection = await request.ReadFormAsync(cancellationToken);
            if (collection.Any(field => field.Value.Count != 1))
            {
                return Fail(StatusCodes.Status400BadRequest);
            }

            form = collection.ToDictionary(field => field.Key, field => field.Value.ToString(), StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Fail(StatusCodes.Status400BadRequest);
        }

        try
        {
            return await handler.HandleAsync(form, cancellationToken) ? Results.Text("success", "text/plain") : Fail(StatusCodes.Status200OK);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The store or billing system failed: Alipay retries on "fail", which is what should happen.
            loggers.CreateLogger(typeof(AlipayNotifyEndpoint)).LogError(ex, "Handling an Alipay notification failed; answered fail so Alipay retries.");
            return Fail(StatusCodes.Status200OK);
        }
    }

    private static IResult Fail(int status) => Results.Text("fail", "text/plain", statusCode: status);
}
