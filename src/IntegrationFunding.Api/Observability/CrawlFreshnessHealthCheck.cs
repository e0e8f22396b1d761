using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Crawler.Sources;
using IntegrationFunding.Storage.Crawls;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Api.Observability;

/// <summary>
/// Readiness: every enabled source had a successful crawl within <see cref="HealthOptions.MaxCrawlAge"/>.
/// Stale data is <c>Degraded</c> (the service still answers, HTTP 200); an unreadable source configuration is
/// <c>Unhealthy</c>.
/// </summary>
internal sealed class CrawlFreshnessHealthCheck(SourceCatalog catalog, CrawlRunLog runs, TimeProvider time, IOptions<HealthOptions> options)
    : IHealthCheck
{
    private const int RunsLookedAt = 50;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<SourceDefinition> sources;
        try
        {
            sources = catalog.Load();
        }
        catch (SourceConfigException ex)
        {
            return HealthCheckResult.Unhealthy("Quellen-Konfiguration ungültig: " + ex.Message);
        }

        var now = time.GetUtcNow();
        var data = new Dictionary<string, object>();
        var stale = new List<string>();
        foreach (var source in sources.Where(s => s.Enabled))
        {
            var last = (await runs.LatestAsync(source.Id, RunsLookedAt, cancellationToken))
                .FirstOrDefault(r => r.Status == CrawlStatuses.Succeeded)?.FinishedAt;
            data[source.Id] = last?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "nie";
            if (last is null || now - last > options.Value.MaxCrawlAge)
            {
                stale.Add(source.Id);
            }
        }

        return stale.Count == 0
            ? HealthCheckResult.Healthy("Alle aktiven Quellen aktuell gecrawlt.", data)
            : HealthCheckResult.Degraded($"Kein erfolgreicher Crawl seit {options.Value.MaxCrawlAge.TotalHours:0} Stunden: {string.Join(", ", stale)}.", data: data);
    }
}
