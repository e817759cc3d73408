using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Api;

/// <summary>
/// RFC 9457 problem details of the work-order APIs. Rule violations keep their <see cref="WorkOrderRuleCodes"/> code
/// in the <c>code</c> member: the order's state forbids it → 409, the request itself is unacceptable → 422.
/// </summary>
public static class ApiProblems
{
    public const string ContentType = "application/problem+json";

    public static ApiResponse Create(int status, string title, string detail, string code)
    {
        var problem = new ProblemDetails
        {
            Type = $"https://onlineservice.local/problems/{code}",
            Title = title,
            Status = status,
            Detail = detail,
            Extensions = { ["code"] = code },
        };
        return new ApiResponse(status, ContentType, JsonSerializer.Serialize(problem, ApiJson.Options));
    }

    public static ApiResponse BadRequest(string detail) =>
        Create(StatusCodes.Status400BadRequest, "The request is malformed.", detail, "bad_request");

    public static ApiResponse NotFound(string number) =>
        Create(StatusCodes.Status404NotFound, "No such work order.", $"No work order {number} is visible to you; check the number.", WorkOrderRuleCodes.NotFound);

    public static ApiResponse FromRule(WorkOrderRuleException exception) => exception.Code switch
    {
        WorkOrderRuleCodes.NotFound => Create(StatusCodes.Status404NotFound, "No such work order.", exception.Message, exception.Code),
        WorkOrderRuleCodes.InvalidArgument or WorkOrderRuleCodes.ConflictOfInterest =>
            Create(StatusCodes.Status422UnprocessableEntity, "The work-order rules refuse this request.", exception.Message, exception.Code),
        _ => Create(StatusCodes.Status409Conflict, "The work order's state does not allow this.", exception.Message, exception.Code),
    };
}
