using System.Diagnostics.Metrics;

namespace IntegrationFunding.Api.Observability;

/// <summary>
/// The web host's own meter <c>IntegrationFunding.Api</c> (Prometheus names <c>integrationfunding_api_*</c>): searches and match requests (counted at the endpoint
/// edge by <see cref="EndpointMetricsMiddleware"/>), crawled pages and failures per source (by
/// <see cref="CrawlMetrics"/>) and the index generation lag (an observable gauge, see <see cref="IndexLagGauge"/>).
/// </summary>
internal static class ProductMetrics
{
    public const string MeterName = "IntegrationFunding.Api";

    public static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> Searches = Meter.CreateCounter<long>("searches", "{search}", "Programme searches (API and web UI)");

    public static readonly Counter<long> MatchRequests = Meter.CreateCounter<long>("match_requests", "{request}", "Profile match requests (API and web UI)");

    public static readonly Counter<long> CrawlPages = Meter.CreateCounter<long>("crawl.pages", "{page}", "Pages fetched by crawls, per source and outcome");

    public static readonly Counter<long> CrawlFailures = Meter.CreateCounter<long>("crawl.failures", "{failure}", "Failed pages of crawls, per source");

    public static readonly Counter<long> CrawlRuns = Meter.CreateCounter<long>("crawl.runs", "{run}", "Crawl runs, per source and status");
}
