using System.Diagnostics;
using Microsoft.AspNetCore.Routing;

namespace IntegrationFunding.Api.Observability;

/// <summary>
/// One structured log line per request, in a scope with the request id (<c>HttpContext.TraceIdentifier</c>, also
/// sent as <c>X-Request-Id</c>) and the trace id. It logs the route template (<c>/api/v1/profiles/{id}</c>), never
/// the raw path or query, so profile secrets, confirmation/unsubscribe tokens and addresses cannot reach the log;
/// headers (X-Api-Key) are never logged. ASP.NET Core's own request logging, which logs path and query, is off.
/// </summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public const string RequestIdHeader = "X-Request-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        context.Response.Headers[RequestIdHeader] = context.TraceIdentifier;
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["RequestId"] = context.TraceIdentifier,
            ["TraceId"] = Activity.Current?.TraceId.ToString(),
        });
        try
        {
            await next(context);
        }
        finally
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(keine Route)";
            LogRequest(logger, context.Request.Method, route, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "HTTP {Method} {Route} → {StatusCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string route, int statusCode, double elapsedMs);
}
