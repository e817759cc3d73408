using Microsoft.AspNetCore.StaticFiles;
using OnlineService.Gateway.AgentConsole.Desk;

namespace OnlineService.Gateway.AgentConsole;

/// <summary>
/// The console's pages and assets from <c>wwwroot/agent</c>, served with a strict Content-Security-Policy (own origin
/// only, no inline script) and never framed; and the images agents send, at <see cref="AgentMediaStore.Route"/>.
/// </summary>
internal static class ConsolePages
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // Routing ignores a trailing slash: this serves both /agent and /agent/.
        endpoints.MapGet("/agent", (HttpContext context, IWebHostEnvironment environment) => Serve(context, environment, "index.html"));
        endpoints.MapGet("/agent/supervisor", (HttpContext context, IWebHostEnvironment environment) => Serve(context, environment, "supervisor.html"));
        endpoints.MapGet("/agent/assets/{name}", (string name, HttpContext context, IWebHostEnvironment environment) => Serve(context, environment, name));
        endpoints.MapGet(AgentMediaStore.Route + "/{name}", (string name, AgentMediaStore media) =>
            media.Find(name) is { } file ? Results.File(file.Path, file.ContentType) : Results.NotFound());
    }

    private static IResult Serve(HttpContext context, IWebHostEnvironment environment, string name)
    {
        // Names come from the URL: only plain file names of the agent folder, never a path.
        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name.StartsWith('.'))
        {
            return Results.NotFound();
        }

        var file = environment.WebRootFileProvider.GetFileInfo($"agent/{name}");
        if (!file.Exists || file.PhysicalPath is null || !ContentTypes.TryGetContentType(name, out var contentType))
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache";
        return Results.File(file.PhysicalPath, contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal)
            ? contentType + "; charset=utf-8"
            : contentType);
    }
}
