using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Options;
using OnlineService.Channels.Alipay;

namespace OnlineService.Gateway.Payments;

/// <summary>Checks the <c>Alipay</c> section at start when it is enabled; each failure names the setting.</summary>
public sealed class AlipayOptionsValidator(IConfiguration configuration) : IValidateOptions<AlipayOptions>
{
    public ValidateOptionsResult Validate(string? name, AlipayOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var problems = new List<string>();
        RefuseKeysFromFiles(problems);
        if (string.IsNullOrWhiteSpace(options.AppId) || !options.AppId.All(char.IsAsciiDigit))
        {
            problems.Add("Alipay:AppId must be the application id (digits).");
        }

        if (options.SellerId.Length != 16 || !options.SellerId.StartsWith("2088", StringComparison.Ordinal) || !options.SellerId.All(char.IsAsciiDigit))
        {
            problems.Add("Alipay:SellerId must be the 16-digit collecting account id starting with 2088.");
        }

        CheckKey(() => AlipayKeys.ImportPrivateKey(options.AppPrivateKey, "Alipay:AppPrivateKey"), problems);
        CheckKey(() => AlipayKeys.ImportPublicKey(options.AlipayPublicKey, "Alipay:AlipayPublicKey"), problems);
        if (!options.GatewayUrl.IsAbsoluteUri)
        {
            problems.Add("Alipay:GatewayUrl must be an absolute URL.");
        }

        if (options.NotifyUrl is not { IsAbsoluteUri: true } notify || !string.IsNullOrEmpty(notify.Query))
        {
            problems.Add("Alipay:NotifyUrl must be the absolute public URL of POST /alipay/notify, without a query string.");
        }

        if (options.TradeExpiry < TimeSpan.FromMinutes(1) || options.TradeExpiry > TimeSpan.FromDays(15))
        {
            problems.Add("Alipay:TradeExpiry must be between 1 minute and 15 days.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.BackstopInterval <= TimeSpan.Zero)
        {
            problems.Add("Alipay:Timeout and Alipay:BackstopInterval must be positive.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void CheckKey(Func<IDisposable> import, List<string> problems)
    {
        try
        {
            import().Dispose();
        }
        catch (AlipayKeyException ex)
        {
            problems.Add(ex.Message);
        }
    }

    // Keys are secrets: a key in appsettings*.json ends up in source control and images, so it stops the start.
    private void RefuseKeysFromFiles(List<string> problems)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return;
        }

        foreach (var provider in root.Providers.OfType<JsonConfigurationProvider>())
        {
            foreach (var key in new[] { nameof(AlipayOptions.AppPrivateKey), nameof(AlipayOptions.AlipayPublicKey) })
            {
                if (provider.TryGet($"{AlipayOptions.SectionName}:{key}", out var value) && !string.IsNullOrEmpty(value))
                {
                    problems.Add($"Alipay:{key} is set in {provider.Source.Path}; keys come from environment variables only (Alipay__{key}).");
                }
            }
        }
    }
}
