using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Search.Indexing;

namespace IntegrationFunding.Cli.Hooks;

/// <summary>After a crawl that wrote programmes, rebuilds the search index before the command returns.</summary>
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
