namespace IntegrationFunding.Crawler.Runs;

/// <summary>
/// Hook called after every crawl (one or more sources) with the run reports, e.g. to refresh the search index
/// when <see cref="CrawlReport.WroteProgrammes"/>. Implemented by the hosts (CLI, web host); all registered
/// handlers are called in registration order.
/// </summary>
public interface ICrawlCompletedHandler
{
    Task OnCrawlCompletedAsync(IReadOnlyList<CrawlReport> reports, CancellationToken cancellationToken);
}
