using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Search.Indexing;

namespace IntegrationFunding.Api.Infrastructure;

/// <summary>
/// After a crawl in the host that wrote programmes, applies them to the search index right away (the crawl job
/// waits for it, no request does); the refresher would pick them up within its interval anyway.
/// </summary>
internal sealed class RefreshSearchAfterCrawl(SearchIndex index) : ICrawlCompletedHandler
{
    public async Task OnCrawlCompletedAsync(IReadOnlyList<CrawlReport> reports, CancellationToken cancellationToken)
    {
        if (reports.Any(r => r.WroteProgrammes))
        {
            await index.RefreshAsync(cancellationToken: cancellationToken);
        }
    }
}
