using Microsoft.Extensions.Options;

namespace OnlineService.Gateway.WorkOrders.Api;

/// <summary>Refuses short or shared unit keys at start: a key shared by two units would let one act on the other's orders.</summary>
public sealed class HandlingUnitApiOptionsValidator : IValidateOptions<HandlingUnitApiOptions>
{
    public const int MinimumKeyLength = 24;

    public ValidateOptionsResult Validate(string? name, HandlingUnitApiOptions options)
    {
        var errors = new List<string>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (unitId, unit) in options.Units)
        {
            for (var i = 0; i < unit.ApiKeys.Count; i++)
            {
                var key = unit.ApiKeys[i];
                if (key.Length < MinimumKeyLength)
                {
                    errors.Add($"{HandlingUnitApiOptions.SectionName}:Units:{unitId}:ApiKeys:{i} is shorter than {MinimumKeyLength} characters; use a long random key.");
                }
                else if (!owners.TryAdd(key, unitId))
                {
                    errors.Add($"{HandlingUnitApiOptions.SectionName}:Units:{unitId}:ApiKeys:{i} is also a key of unit {owners[key]}; give every unit its own key.");
                }
            }
        }

        if (options.MaxPhotos < 0 || options.MaxPhotoBytes <= 0)
        {
            errors.Add($"{HandlingUnitApiOptions.SectionName}:MaxPhotos must be 0 or more and MaxPhotoBytes more than 0.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
