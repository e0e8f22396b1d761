using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Search.Indexing;

/// <summary>
/// In a long-running host: notices programme changes made by other processes (CLI import, a crawl) or by
/// background jobs, and refreshes the index eagerly, so no search request has to pay for the rebuild.
/// </summary>
public sealed class SearchIndexRefresher(SearchIndex index, IOptions<SearchOptions> options, TimeProvider time, ILogger<SearchIndexRefresher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await index.RefreshAsync(cancellationToken: stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Refreshing the search index failed; searches keep the previous index");
            }
        }
    }
}
