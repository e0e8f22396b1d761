using IntegrationFunding.Crawler.Sources;
using IntegrationFunding.Domain.Time;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Crawler.Runs;

/// <summary>
/// Crawls all enabled sources at each occurrence of the cron <see cref="CrawlerOptions.Schedule"/> (Europe/Berlin)
/// when <see cref="CrawlerOptions.ScheduleEnabled"/> is set (off by default), waiting on the injected
/// TimeProvider; a failing crawl (whatever it throws) is logged and the
/// schedule goes on: a crawl never stops the host.
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

        var schedule = BerlinCronSchedule.Parse(options.Value.Schedule);
        while (!stoppingToken.IsCancellationRequested)
        {
            await BerlinCronSchedule.DelayUntilAsync(schedule.Next(timeProvider.GetUtcNow()), timeProvider, stoppingToken);
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
