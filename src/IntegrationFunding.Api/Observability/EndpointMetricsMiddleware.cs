using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;

namespace IntegrationFunding.Api.Observability;

/// <summary>Counts searches and match requests at the edge, by the endpoint that answered (API name or UI page).</summary>
internal sealed class EndpointMetricsMiddleware(RequestDelegate next)
{
    private static readonly HashSet<string> SearchEndpoints = new(StringComparer.Ordinal) { "SearchProgrammes", "/suche" };
    private static readonly HashSet<string> MatchEndpoints = new(StringComparer.Ordinal) { "GetProfileMatches", "/profil/{id}" };

    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var endpoint = context.GetEndpoint();
        var name = endpoint?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName
            ?? (endpoint as RouteEndpoint)?.RoutePattern.RawText;
        if (name is null || context.Response.StatusCode >= 400)
        {
            return;
        }

        var channel = new KeyValuePair<string, object?>("channel", name.StartsWith('/') ? "ui" : "api");
        if (SearchEndpoints.Contains(name))
        {
            ProductMetrics.Searches.Add(1, channel);
        }
        else if (MatchEndpoints.Contains(name))
        {
            ProductMetrics.MatchRequests.Add(1, channel);
        }
    }
}
