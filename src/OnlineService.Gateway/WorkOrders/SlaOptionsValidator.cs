using Microsoft.Extensions.Options;
using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders;

/// <summary>Stops the start when <c>WorkOrders</c> names an unknown profile, category, milestone, duration or calendar date.</summary>
public sealed class SlaOptionsValidator(IHostEnvironment environment) : IValidateOptions<SlaOptions>
{
    public ValidateOptionsResult Validate(string? name, SlaOptions options)
    {
        var errors = SlaPolicyFactory.Validate(options, environment.ContentRootPath);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
