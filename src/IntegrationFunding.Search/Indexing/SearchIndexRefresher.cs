using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Search.Indexing;

/// <summary>
/// In the long-running host: takes ownership of the on-disk index folder at start, then notices programme changes
/// made by other processes (CLI import, a crawl) or by background jobs and applies them to the index, so no search
/// request ever pays for an update or a rebuild. A rebuild asked for by <c>cli reindex</c> (through
/// <see cref="RebuildRequests"/>) runs here too, while searches keep answering from the previous build.
/// </summary>
public sealed class SearchIndexRefresher(
    SearchIndex index, RebuildRequests rebuilds, IOptions<SearchOptions> options, ILogger<SearchIndexRefresher> logger)
    : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await index.BecomeOwner(refreshedInBackground: true, cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastRequest = await SafelyAsync(() => rebuilds.LatestAsync(stoppingToken), long.MinValue);
        // Polling is infrastructure, not domain time: it runs on the real clock even when tests control the domain clock.
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, TimeProvider.System);
        do
        {
            var request = await SafelyAsync(() => rebuilds.LatestAsync(stoppingToken), lastRequest);
            var force = request != lastRequest && lastRequest != long.MinValue;
            lastRequest = request;
            await SafelyAsync(async () =>
            {
                await index.RefreshAsync(force, stoppingToken);
                return true;
            }, false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<T> SafelyAsync<T>(Func<Task<T>> action, T fallback)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Refreshing the search index failed; searches keep the previous index");
            return fallback;
        }
    }
}
