using Microsoft.AspNetCore.Mvc;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using OnlineService.Gateway.AgentConsole.Identity;
using OnlineService.Services.Handoff;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.AgentConsole.Desk;

/// <summary>The conversations: list, open (audited), claim, reply (text, image), transfer, close, create a work order.</summary>
internal static class TicketEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/tickets", ListAsync);
        api.MapGet("/tickets/{ticketId}", OpenAsync);
        api.MapPost("/tickets/{ticketId}/claim", ClaimAsync).AddEndpointFilter<CsrfFilter>();
        api.MapPost("/tickets/{ticketId}/reply", ReplyAsync).AddEndpointFilter<CsrfFilter>();
        api.MapPost("/tickets/{ticketId}/image", SendImageAsync).AddEndpointFilter<CsrfFilter>();
        api.MapPost("/tickets/{ticketId}/transfer", TransferAsync).AddEndpointFilter<CsrfFilter>();
        api.MapPost("/tickets/{ticketId}/close", CloseAsync).AddEndpointFilter<CsrfFilter>();
        api.MapPost("/tickets/{ticketId}/work-orders", CreateWorkOrderAsync).AddEndpointFilter<CsrfFilter>();
    }

    private static async Task<IResult> ListAsync(ClaimsPrincipal user, [FromServices] DeskAccess access, CancellationToken cancellationToken) =>
        ConsoleJson.Ok(await access.ListAsync(user, cancellationToken));

    private static async Task<IResult> OpenAsync(
        string ticketId, ClaimsPrincipal user, [FromServices] IAgentDesk desk, [FromServices] DeskAccess access, ConversationAccessAudit audit, CancellationToken cancellationToken)
    {
        var details = await desk.GetTicketAsync(ticketId, cancellationToken);
        if (details is null)
        {
            return ConsoleJson.Error(StatusCodes.Status404NotFound, "ticket-not-found");
        }

        var ticket = details.Ticket.Ticket;
        if (!await access.MayReadAsync(user, ticket, cancellationToken))
        {
            audit.Refused(user.AgentId(), ticketId);
            return ConsoleJson.Error(StatusCodes.Status403Forbidden, "other-group");
        }

        audit.Opened(user.AgentId(), user.Role(), ticket.Id, ticket.ChannelId, ticket.ResidentId);
        return ConsoleJson.Ok(details);
    }

    private static async Task<IResult> ClaimAsync(string ticketId, ClaimsPrincipal user, [FromServices] IAgentDesk desk, CancellationToken cancellationToken)
    {
        try
        {
            var result = await desk.ClaimAsync(ticketId, user.AgentId(), cancellationToken);
            return result.Outcome switch
            {
                ClaimOutcome.Claimed => ConsoleJson.Ok(result),
                ClaimOutcome.TakenByAnother => ConsoleJson.Error(StatusCodes.Status409Conflict, "taken"),
                ClaimOutcome.Closed => ConsoleJson.Error(StatusCodes.Status409Conflict, "closed"),
                _ => ConsoleJson.Error(StatusCodes.Status404NotFound, "ticket-not-found"),
            };
        }
        catch (AgentDeskException ex)
        {
            return Refused(ex);
        }
    }

    private static async Task<IResult> ReplyAsync(
        string ticketId, ReplyRequest body, ClaimsPrincipal user, [FromServices] IAgentDesk desk, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.Text))
        {
            return ConsoleJson.Error(StatusCodes.Status400BadRequest, "empty-reply");
        }

        return await DeskCallAsync(() => desk.ReplyAsync(ticketId, user.AgentId(), AgentReply.OfText(body.Text.Trim()), cancellationToken));
    }

    /// <summary>The image is the raw request body, its media type the Content-Type (png, jpeg, gif or webp).</summary>
    private static async Task<IResult> SendImageAsync(
        string ticketId, HttpRequest request, ClaimsPrincipal user, [FromServices] IAgentDesk desk, AgentMediaStore media, IOptions<AgentConsoleOptions> options,
        CancellationToken cancellationToken)
    {
        var contentType = request.ContentType?.Split(';')[0].Trim();
        if (!AgentMediaStore.IsAllowed(contentType))
        {
            return ConsoleJson.Error(StatusCodes.Status415UnsupportedMediaType, "image-type");
        }

        if (request.ContentLength is not { } length || length == 0 || length > options.Value.MaxImageBytes)
        {
            return ConsoleJson.Error(StatusCodes.Status413PayloadTooLarge, "image-size");
        }

        var name = await media.SaveAsync(request.Body, contentType!, cancellationToken);
        var url = $"{request.Scheme}://{request.Host}{request.PathBase}{AgentMediaStore.Route}/{name}";
        return await DeskCallAsync(() => desk.ReplyAsync(ticketId, user.AgentId(), AgentReply.OfImage(url, contentType, name), cancellationToken));
    }

    private static async Task<IResult> TransferAsync(
        string ticketId, TransferRequest body, ClaimsPrincipal user, [FromServices] IAgentDesk desk, CancellationToken cancellationToken)
    {
        var target = !string.IsNullOrWhiteSpace(body.AgentId) ? TransferTarget.ToAgent(body.AgentId.Trim())
            : !string.IsNullOrWhiteSpace(body.Group) ? TransferTarget.ToGroup(body.Group.Trim())
            : null;
        if (target is null)
        {
            return ConsoleJson.Error(StatusCodes.Status400BadRequest, "transfer-target");
        }

        try
        {
            return ConsoleJson.Ok(await desk.TransferAsync(ticketId, user.AgentId(), target, cancellationToken));
        }
        catch (AgentDeskException ex)
        {
            return Refused(ex);
        }
    }

    private static async Task<IResult> CloseAsync(string ticketId, ClaimsPrincipal user, [FromServices] IAgentDesk desk, CancellationToken cancellationToken)
    {
        try
        {
            return ConsoleJson.Ok(await desk.CloseAsync(ticketId, user.AgentId(), cancellationToken));
        }
        catch (AgentDeskException ex)
        {
            return Refused(ex);
        }
    }

    /// <summary>Records the resident's request as a work order (on the ticket's channel and resident), from the agent who holds it.</summary>
    private static async Task<IResult> CreateWorkOrderAsync(
        string ticketId, WorkOrderRequest body, ClaimsPrincipal user, [FromServices] IAgentDesk desk, WorkOrderService workOrders,
        ConversationAccessAudit audit, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<WorkOrderCategory>(body.Category, ignoreCase: true, out var category) || !Enum.IsDefined(category))
        {
            return ConsoleJson.Error(StatusCodes.Status400BadRequest, "work-order-category");
        }

        if (string.IsNullOrWhiteSpace(body.Content))
        {
            return ConsoleJson.Error(StatusCodes.Status400BadRequest, "work-order-content");
        }

        var ticket = (await desk.GetTicketAsync(ticketId, cancellationToken))?.Ticket.Ticket;
        if (ticket is null)
        {
            return ConsoleJson.Error(StatusCodes.Status404NotFound, "ticket-not-found");
        }

        if (ticket.AgentId != user.AgentId() && !AgentRoles.SeesAllGroups(user.Role()))
        {
            return ConsoleJson.Error(StatusCodes.Status403Forbidden, "not-holder");
        }

        var intake = new WorkOrderIntake(category, ticket.ChannelId, ticket.ResidentId, body.Content.Trim())
        {
            Ledger = new LedgerDetails { Requester = Blank(body.Requester), Phone = Blank(body.Phone), Address = Blank(body.Address) },
        };
        try
        {
            var outcome = await workOrders.ReceiveAsync(intake, $"agent:{user.AgentId()}", cancellationToken);
            audit.WorkOrderCreated(user.AgentId(), ticket.Id, outcome.Result.Order.Number);
            return ConsoleJson.Ok(new
            {
                number = outcome.Result.Order.Number,
                status = outcome.Result.Order.Status,
                raisedAgain = outcome.RaisedAgain,
                complaintNumber = outcome.Complaint?.Order.Number,
            });
        }
        catch (WorkOrderRuleException ex)
        {
            return ConsoleJson.Error(StatusCodes.Status422UnprocessableEntity, "work-order-refused", ex.Message);
        }
    }

    private static async Task<IResult> DeskCallAsync(Func<Task> call)
    {
        try
        {
            await call();
            return Results.NoContent();
        }
        catch (AgentDeskException ex)
        {
            return Refused(ex);
        }
    }

    /// <summary>The desk refused (not the holder, unknown target…): its English message is the detail, the page shows a label.</summary>
    private static IResult Refused(AgentDeskException ex) => ConsoleJson.Error(StatusCodes.Status409Conflict, "desk-refused", ex.Message);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
