namespace OnlineService.Services.WorkOrders;

/// <summary>Measured room temperatures in °C (DB11 Appendix D: 客厅、卧室1、卧室2、其他).</summary>
public sealed record RoomTemperatures(decimal? LivingRoom, decimal? Bedroom1 = null, decimal? Bedroom2 = null, decimal? Other = null);
