using IntegrationFunding.Crawler.Sources;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Crawler.Runs;

/// <summary>
/// Crawls all enabled sources every <see cref="CrawlerOptions.ScheduleInterval"/> when
/// <see cref="CrawlerOptions.ScheduleEnabled"/> is set (off by default). Uses a PeriodicTimer on the injected
/// TimeProvider; a failing crawl is logged and the schedule goes on.
/// </summary>
public sealed class CrawlScheduler(
    IOptions<CrawlerOptions> options, SourceCatalog catalog, CrawlService crawls, TimeProvider timeProvider, ILogger<CrawlScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ScheduleEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.ScheduleInterval, timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var sources = catalog.Load().Where(s => s.Enabled).ToList();
                var reports = await crawls.RunAsync(sources, null, stoppingToken);
                foreach (var report in reports.Where(r => r.IsFailure))
                {
                    logger.LogWarning("Crawl {Source}: {Status} – {Message}", report.SourceId, report.Status, report.Message);
                }
            }
            catch (SourceConfigException ex)
            {
                logger.LogError(ex, "Quellen-Konfiguration ungültig: {Message}", ex.Message);
            }
        }
    }
}
