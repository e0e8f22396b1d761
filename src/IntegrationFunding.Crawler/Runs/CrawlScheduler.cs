using IntegrationFunding.Crawler.Sources;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Crawler.Runs;

/// <summary>
/// Crawls all enabled sources every <see cref="CrawlerOptions.ScheduleInterval"/> when
/// <see cref="CrawlerOptions.ScheduleEnabled"/> is set (off by default). Uses a PeriodicTimer on the injected
/// TimeProvider; a failing crawl (whatever it throws) is logged and the schedule goes on: a crawl never stops the host.
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
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Never let a crawl end the background service (the host would stop): log it, try again next tick.
                logger.LogError(ex, "Geplanter Crawl fehlgeschlagen, nächster Versuch beim nächsten Termin: {Message}", ex.Message);
            }
        }
    }
}
