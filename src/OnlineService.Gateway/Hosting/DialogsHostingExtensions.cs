using OnlineService.Dialogs;
using OnlineService.Dialogs.Content;
using OnlineService.Gateway.Hosting;

namespace Microsoft.Extensions.Hosting;

public static class DialogsHostingExtensions
{
    /// <summary>The heating dialogs, their content folder from configuration, and content reload on file change.</summary>
    public static WebApplicationBuilder AddDialogs(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DialogsOptions>()
            .BindConfiguration(DialogsOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => Directory.Exists(o.ContentPath), "Dialogs:ContentPath must name an existing folder with the dialogs' content (texts/, faq/).")
            .ValidateOnStart();
        builder.Services.AddSingleton<IContentPlaceholders, UtilityFactsPlaceholders>();
        builder.Services.AddHeatingDialogs();
        builder.Services.AddHostedService<ContentReloader>();
        return builder;
    }
}
