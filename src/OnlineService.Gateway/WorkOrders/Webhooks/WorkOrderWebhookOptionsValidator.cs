using Microsoft.Extensions.Options;

namespace OnlineService.Gateway.WorkOrders.Webhooks;

/// <summary>Stops the start on a webhook that could not be delivered or verified.</summary>
public sealed class WorkOrderWebhookOptionsValidator : IValidateOptions<WorkOrderWebhookOptions>
{
    public const int MinimumSecretLength = 32;

    public ValidateOptionsResult Validate(string? name, WorkOrderWebhookOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        var section = WorkOrderWebhookOptions.SectionName;
        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"{section}:Url is '{options.Url}'; give an absolute https:// URL, or leave it empty to turn the webhook off.");
        }

        if ((options.Secret?.Length ?? 0) < MinimumSecretLength)
        {
            errors.Add($"{section}:Secret must have {MinimumSecretLength} characters or more; the receiver verifies the signature with it.");
        }

        if (options.MaxAttempts < 1)
        {
            errors.Add($"{section}:MaxAttempts is {options.MaxAttempts}; give 1 or more.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            errors.Add($"{section}:Timeout must be positive, e.g. 00:00:10.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
