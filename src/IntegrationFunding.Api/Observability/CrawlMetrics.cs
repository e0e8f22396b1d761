using IntegrationFunding.Crawler.Runs;

namespace IntegrationFunding.Api.Observability;

/// <summary>Records each finished crawl run of the web host (scheduled crawls) in <see cref="ProductMetrics"/>.</summary>
internal sealed class CrawlMetrics : ICrawlCompletedHandler
{
    public Task OnCrawlCompletedAsync(IReadOnlyList<CrawlReport> reports, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        foreach (var report in reports)
        {
            Record(report);
        }

        return Task.CompletedTask;
    }

    internal static void Record(CrawlReport report)
    {
        var source = new KeyValuePair<string, object?>("source", report.SourceId);
        ProductMetrics.CrawlRuns.Add(1, source, new KeyValuePair<string, object?>("status", report.Status));
        foreach (var (outcome, count) in new[] { ("new", report.Pages.New), ("changed", report.Pages.Changed), ("unchanged", report.Pages.Unchanged), ("failed", report.Pages.Failed) })
        {
            ProductMetrics.CrawlPages.Add(count, source, new KeyValuePair<string, object?>("outcome", outcome));
        }

        ProductMetrics.CrawlFailures.Add(report.Pages.Failed, source);
    }
}
