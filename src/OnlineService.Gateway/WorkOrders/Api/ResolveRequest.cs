using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Api;

/// <summary>
/// Body of resolve: the result told to the resident, the method (<c>onSite</c> or <c>phone</c>), whether it is solved,
/// and measured temperatures. As JSON, or as multipart/form-data with the fields <c>result</c>, <c>method</c>,
/// <c>solved</c>, <c>livingRoom</c>, <c>bedroom1</c>, <c>bedroom2</c>, <c>other</c> and image files under <c>photos</c>.
/// </summary>
public sealed record ResolveRequest(string? Result, string? Method, bool? Solved, RoomTemperatures? Temperatures);
