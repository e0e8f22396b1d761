namespace IntegrationFunding.Api.Infrastructure;

/// <summary>
/// Minimal API GET endpoints do not match HEAD (a 405 for monitoring and link checkers). HEAD is answered as the
/// GET it stands for – same status and headers – with the body discarded. Razor Pages handle HEAD themselves.
/// </summary>
internal static class HeadRequests
{
    public static WebApplication UseHeadAsGet(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method) || !IsApi(context.Request.Path))
            {
                await next(context);
                return;
            }

            context.Request.Method = HttpMethods.Get;
            var body = context.Response.Body;
            context.Response.Body = Stream.Null;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = body;
                context.Request.Method = HttpMethods.Head;
            }
        });
        return app;
    }

    private static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/healthz") || path.StartsWithSegments("/openapi");
}
