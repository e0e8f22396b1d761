namespace IntegrationFunding.Api.Infrastructure;

/// <summary>
/// Error statuses without a body: a browser asking for a page (Accept: text/html, not under /api, /openapi,
/// /healthz) gets the German error page <c>/fehler/{status}</c> with title, language and a way back; every other
/// client keeps problem+json.
/// </summary>
internal static class BrowserErrorPages
{
    public static WebApplication UseBrowserErrorPages(this WebApplication app)
    {
        app.UseWhen(WantsPage, branch => branch.UseStatusCodePagesWithReExecute("/fehler/{0}"));
        return app;
    }

    private static bool WantsPage(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/healthz"))
        {
            return false;
        }

        return context.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
    }
}
