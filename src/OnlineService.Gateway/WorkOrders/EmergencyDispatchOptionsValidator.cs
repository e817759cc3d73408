using Microsoft.Extensions.Options;
using OnlineService.Gateway.WorkOrders.Api;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders;

/// <summary>
/// Refuses at start an emergency unit that is not a configured handling unit: emergencies would be dispatched to an
/// id no unit can sign in as, and nobody would see them in the unit API.
/// </summary>
public sealed class EmergencyDispatchOptionsValidator(IOptions<HandlingUnitApiOptions> units) : IValidateOptions<EmergencyDispatchOptions>
{
    public ValidateOptionsResult Validate(string? name, EmergencyDispatchOptions options)
    {
        if (!options.DispatchesAutomatically || units.Value.Units.ContainsKey(options.EmergencyUnit!))
        {
            return ValidateOptionsResult.Success;
        }

        var known = units.Value.Units.Count == 0 ? "none is configured" : string.Join(", ", units.Value.Units.Keys);
        return ValidateOptionsResult.Fail(
            $"{EmergencyDispatchOptions.SectionName}:EmergencyUnit '{options.EmergencyUnit}' is not a unit of {HandlingUnitApiOptions.SectionName}:Units ({known}); name one of them or leave it empty.");
    }
}
