using System.Text.Json;
using Microsoft.Extensions.Options;
using OnlineService.Gateway.Channels.WeChat.Binding;
using OnlineService.Services.Accounts;

namespace OnlineService.Gateway.Channels.WeChat;

/// <summary>
/// Operator endpoints of the WeChat channel (policy <c>operator</c>): publish the configured custom menu, and create
/// a parametric QR code that invites a resident to bind an account.
/// </summary>
internal static class WeChatOperatorEndpoints
{
    public const string MenuPath = "/api/wechat/menu";
    public const string InvitationsPath = "/api/wechat/bind-invitations";

    /// <summary>Where WeChat shows the image of a QR ticket.</summary>
    public const string ShowQrCodeUrl = "https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/wechat").RequireAuthorization(OperatorHostingExtensions.OperatorPolicy);
        api.MapPost("/menu", PublishMenuAsync);
        api.MapPost("/bind-invitations", CreateInvitationAsync);
    }

    private static async Task<IResult> PublishMenuAsync(WeChatApi api, IOptions<WeChatOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return Problem(StatusCodes.Status409Conflict, "The WeChat channel is off: set WeChat:Enabled to true first.");
        }

        var problems = WeChatMenuRules.Check(settings.Menu);
        if (settings.Menu.Count == 0)
        {
            problems = ["WeChat:Menu is empty: configure at least one button."];
        }

        if (problems.Count > 0)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["WeChat:Menu"] = [.. problems] });
        }

        WeChatApiResult result;
        try
        {
            result = await api.CreateMenuAsync(settings.Menu, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or WeChatApiException)
        {
            return Problem(StatusCodes.Status502BadGateway, $"WeChat could not be reached: {ex.Message}");
        }

        if (!result.IsOk)
        {
            return Problem(StatusCodes.Status502BadGateway, $"WeChat refused the menu ({result}).");
        }

        loggers.CreateLogger(typeof(WeChatOperatorEndpoints)).LogInformation("WeChat custom menu published by an operator ({Count} buttons).", settings.Menu.Count);
        return Results.Ok(new { published = settings.Menu.Count });
    }

    private static async Task<IResult> CreateInvitationAsync(
        InvitationRequest? request, WeChatApi api, WeChatBindInvitations invitations, IHeatingAccountDirectory directory,
        IOptions<WeChatOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return Problem(StatusCodes.Status409Conflict, "The WeChat channel is off: set WeChat:Enabled to true first.");
        }

        if (request?.AccountNumber is null || !AccountNumberFormat.TryNormalize(request.AccountNumber, out var number))
        {
            return Problem(StatusCodes.Status400BadRequest, "accountNumber must be a heating account number of 6–12 digits.");
        }

        if (await directory.FindAsync(number, cancellationToken) is null)
        {
            return Problem(StatusCodes.Status404NotFound, "No heating account has this number in the billing system.");
        }

        var validFor = request.ValidDays is { } days ? TimeSpan.FromDays(days) : settings.BindInvitationLifetime;
        if (validFor <= TimeSpan.Zero || validFor > TimeSpan.FromDays(3650))
        {
            return Problem(StatusCodes.Status400BadRequest, "validDays must be between 1 and 3650.");
        }

        // A temporary code lives at most 30 days; a permanent one lasts, but its invitation still expires.
        TimeSpan? qrLifetime = request.Permanent ? null : validFor < WeChatApi.MaxTemporaryQrLifetime ? validFor : WeChatApi.MaxTemporaryQrLifetime;
        var scene = await invitations.CreateAsync(number, validFor, cancellationToken);
        WeChatApiResult result;
        try
        {
            result = await api.CreateQrCodeAsync(scene, qrLifetime, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or WeChatApiException)
        {
            return Problem(StatusCodes.Status502BadGateway, $"WeChat could not be reached: {ex.Message}");
        }

        if (!result.IsOk || !result.Body.TryGetProperty("ticket", out var ticketElement) || ticketElement.GetString() is not { Length: > 0 } ticket)
        {
            return Problem(StatusCodes.Status502BadGateway, $"WeChat refused the QR code ({result}).");
        }

        var now = clock.GetUtcNow();
        var qrExpiresAt = result.Body.TryGetProperty("expire_seconds", out var seconds) && seconds.ValueKind == JsonValueKind.Number
            ? now.AddSeconds(seconds.GetInt32())
            : (DateTimeOffset?)null;
        return Results.Created((string?)null, new
        {
            ticket,
            imageUrl = ShowQrCodeUrl + Uri.EscapeDataString(ticket),
            url = result.Body.TryGetProperty("url", out var url) ? url.GetString() : null,
            account = AccountMasking.MaskNumber(number),
            invitationExpiresAt = now + validFor,
            qrExpiresAt,
        });
    }

    private static IResult Problem(int status, string detail) => Results.Problem(detail, statusCode: status);
}
