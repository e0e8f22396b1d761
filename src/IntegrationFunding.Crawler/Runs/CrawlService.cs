using IntegrationFunding.Crawler.Fetching;
using IntegrationFunding.Crawler.Sources;

namespace IntegrationFunding.Crawler.Runs;

/// <summary>
/// Crawls a set of sources one after another and then calls every <see cref="ICrawlCompletedHandler"/> with
/// the reports (even when some failed, so hosts can react to what was written).
/// </summary>
public sealed class CrawlService(CrawlRunner runner, RobotsCache robots, IEnumerable<ICrawlCompletedHandler> handlers)
{
    public async Task<IReadOnlyList<CrawlReport>> RunAsync(
        IReadOnlyList<SourceDefinition> sources, IProgress<CrawlProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        robots.Clear();
        var reports = new List<CrawlReport>();
        foreach (var source in sources)
        {
            reports.Add(await runner.RunAsync(source, progress, cancellationToken));
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        foreach (var handler in handlers)
        {
            await handler.OnCrawlCompletedAsync(reports, CancellationToken.None);
        }

        return reports;
    }
}
