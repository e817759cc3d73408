using Microsoft.Extensions.Options;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Api;

/// <summary>Handler names from <c>WorkOrders:UnitApi:Units:{id}:Name</c>, so notices name the unit, not its id.</summary>
internal sealed class ConfiguredHandlerNames(IOptionsMonitor<HandlingUnitApiOptions> options) : IHandlerNames
{
    public string? DisplayNameOf(string handlerId) =>
        options.CurrentValue.Units.TryGetValue(handlerId, out var unit) && !string.IsNullOrWhiteSpace(unit.Name) ? unit.Name : null;
}
