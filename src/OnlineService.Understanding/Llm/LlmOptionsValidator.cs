using System.Net;
using Microsoft.Extensions.Options;

namespace OnlineService.Understanding.Llm;

/// <summary>Checks <see cref="LlmOptions"/> at start-up when the LLM is enabled, with messages that say what to fix.</summary>
internal sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        var errors = Check(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    public static IReadOnlyList<string> Check(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return [];
        }

        const string Section = LlmOptions.SectionName;
        var errors = new List<string>();
        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("https" or "http"))
        {
            errors.Add($"{Section}:Endpoint must be the absolute http(s) base URL of an OpenAI-compatible API " +
                $"(e.g. https://dashscope.aliyuncs.com/compatible-mode/v1), not '{options.Endpoint}'; or set {Section}:Enabled to false.");
        }
        else if (endpoint.Scheme == "http" && !IsLocal(endpoint))
        {
            errors.Add($"{Section}:Endpoint {endpoint} would send the API key and residents' messages unencrypted; use https " +
                "(plain http is accepted only for a server on this machine).");
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            errors.Add($"{Section}:Model is empty; set the model or deployment name the endpoint serves (e.g. qwen-plus, deepseek-chat).");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > LlmOptions.MaxTimeout)
        {
            errors.Add($"{Section}:Timeout is {options.Timeout}; use more than zero and at most {LlmOptions.MaxTimeout} " +
                "so the turn still fits WeChat's 5-second passive reply (2.5 s is the default).");
        }

        if (options.BreakerFailureThreshold < 1)
        {
            errors.Add($"{Section}:BreakerFailureThreshold must be at least 1, not {options.BreakerFailureThreshold}.");
        }

        if (options.BreakerOpenDuration <= TimeSpan.Zero)
        {
            errors.Add($"{Section}:BreakerOpenDuration must be positive (e.g. 00:01:00), not {options.BreakerOpenDuration}.");
        }

        if (options.MaxPassages is < 1 or > 10)
        {
            errors.Add($"{Section}:MaxPassages must be between 1 and 10, not {options.MaxPassages}.");
        }

        if (options.FallbackIntentScore is < 0 or > 1)
        {
            errors.Add($"{Section}:FallbackIntentScore must lie in 0..1, not {options.FallbackIntentScore}.");
        }

        return errors;
    }

    private static bool IsLocal(Uri endpoint) =>
        endpoint.IsLoopback || (IPAddress.TryParse(endpoint.Host, out var address) && IPAddress.IsLoopback(address));
}
