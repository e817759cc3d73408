using Microsoft.Extensions.Options;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Import;

/// <summary>Stops the start when the 12345 category map points at a category we do not have.</summary>
public sealed class Hotline12345OptionsValidator : IValidateOptions<Hotline12345Options>
{
    public ValidateOptionsResult Validate(string? name, Hotline12345Options options)
    {
        var errors = options.Categories
            .Where(p => !WorkOrderCategories.TryParse(p.Value, out _))
            .Select(p => $"{Hotline12345Options.SectionName}:Categories:{p.Key} is '{p.Value}'; use one of {string.Join(", ", WorkOrderCategories.All.Select(c => c.Key()))}.")
            .ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
