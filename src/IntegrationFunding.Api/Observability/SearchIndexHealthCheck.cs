using IntegrationFunding.Search.Indexing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationFunding.Api.Observability;

/// <summary>Readiness: the search index has loaded a generation of the programme table.</summary>
internal sealed class SearchIndexHealthCheck(SearchIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var generation = index.LoadedGeneration;
        var data = new Dictionary<string, object> { ["generation"] = generation, ["programmes"] = index.Count };
        return Task.FromResult(generation < 0
            ? HealthCheckResult.Unhealthy("Suchindex noch nicht geladen.", data: data)
            : HealthCheckResult.Healthy($"Suchindex geladen ({index.Count} Programme).", data));
    }
}
