using IntegrationFunding.Crawler.Fetching;
using IntegrationFunding.Storage.Crawls;

namespace IntegrationFunding.Crawler.Runs;

/// <summary>Names the hosts whose circuit breaker refused pages in a run, for the run's one-line message.</summary>
internal static class OpenCircuits
{
    /// <summary>E.g. " Circuit Breaker offen für www.example.org (12 Seiten nicht abgerufen)."; empty when none.</summary>
    public static string Describe(IEnumerable<CrawlFailureRecord> failures)
    {
        var hosts = failures
            .Where(f => f.Kind == FailureKinds.CircuitOpen)
            .GroupBy(f => Uri.TryCreate(f.Url, UriKind.Absolute, out var url) ? url.Authority : f.Url, StringComparer.OrdinalIgnoreCase)
            .Select(g => $"{g.Key} ({g.Count()} {(g.Count() == 1 ? "Seite" : "Seiten")} nicht abgerufen)")
            .ToList();
        return hosts.Count == 0 ? "" : $" Circuit Breaker offen für {string.Join(", ", hosts)}.";
    }
}
