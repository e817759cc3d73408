using OnlineService.Dialogs.Content;
using OnlineService.Understanding.Faq;
using OnlineService.Understanding.Intents;

namespace Microsoft.AspNetCore.Builder;

public static class UnderstandingEndpoints
{
    /// <summary>
    /// Operator APIs: <c>POST /api/understand</c> classifies a text; <c>POST /api/content/reload</c> reloads the texts
    /// and FAQ after an edit (the file watcher does the same on its own).
    /// </summary>
    public static WebApplication MapUnderstandingEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(OperatorHostingExtensions.OperatorPolicy);

        api.MapPost("/understand", async (UnderstandRequest request, IntentRecognizer recognizer, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(request.Text))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["The text to understand is required."] });
            }

            if (request.Text.Length > 2000)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["The text may have at most 2000 characters."] });
            }

            var result = await recognizer.RecognizeAsync(request.Text, cancellationToken);
            return Results.Ok(new
            {
                intent = result.Intent,
                score = Math.Round(result.Score, 4),
                alternatives = result.Alternatives.Select(a => new { intent = a.Intent, score = Math.Round(a.Score, 4) }),
                source = result.Source,
            });
        });

        api.MapPost("/content/reload", (TextCatalog texts, FaqKnowledgeBase faq) =>
        {
            try
            {
                texts.Reload();
                faq.Reload();
                return Results.Ok(new { reloaded = true, faqEntries = faq.Entries.Count });
            }
            catch (Exception ex) when (ex is ContentException or FaqContentException)
            {
                return Results.Problem(ex.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The content was not reloaded; the previous content stays in use.");
            }
        });
        return app;
    }

    /// <summary>The body of <c>POST /api/understand</c>.</summary>
    public sealed record UnderstandRequest(string? Text);
}
