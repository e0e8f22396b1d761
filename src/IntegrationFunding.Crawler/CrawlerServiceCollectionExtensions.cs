using IntegrationFunding.Crawler.Export;
using IntegrationFunding.Crawler.FdbCsv;
using IntegrationFunding.Crawler.Fetching;
using IntegrationFunding.Crawler.Mapping;
using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Crawler.Sources;
using IntegrationFunding.Crawler.Starter;
using IntegrationFunding.Storage.Crawls;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationFunding.Crawler;

public static class CrawlerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the crawler: <see cref="CrawlerOptions"/> (section <c>Crawler</c>, validated at start-up), fetching,
    /// source kinds, <see cref="CrawlService"/> and the <see cref="CrawlScheduler"/> (runs only when
    /// <c>Crawler:ScheduleEnabled</c> is true). Needs <c>AddStorage()</c>. Hosts add their own
    /// <see cref="ICrawlCompletedHandler"/> (e.g. to refresh the search index).
    /// </summary>
    public static IServiceCollection AddCrawler(this IServiceCollection services)
    {
        services.AddOptions<CrawlerOptions>()
            .BindConfiguration(CrawlerOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CrawlPageCache>();
        services.TryAddSingleton<CrawlRunLog>();
        services.TryAddSingleton<SourceCatalog>();
        services.TryAddSingleton<CrawlerHttp>();
        services.TryAddSingleton<HostPipelines>();
        services.TryAddSingleton<HostRateLimiters>();
        services.TryAddSingleton<RobotsCache>();
        services.TryAddSingleton<PageFetcher>();
        services.TryAddSingleton<IPageFactExtractor, ProgrammeFactExtractorAdapter>();
        services.TryAddSingleton<HtmlProgrammeMapper>();
        services.TryAddSingleton<FdbProgrammeMapper>();
        services.TryAddSingleton<FdbCsvProgrammeMapper>();
        services.TryAddSingleton<FdbCsvStarterData>();
        services.TryAddSingleton<BulkFileHarvest>();
        services.TryAddSingleton<CatalogueTextFacts>();
        services.TryAddSingleton<StarterProgrammes>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceHarvester, HtmlSourceHarvester>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceHarvester, FdbExportHarvester>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceHarvester, FdbCsvHarvester>());
        services.TryAddSingleton<CrawlRunner>();
        services.TryAddSingleton<CrawlService>();
        services.AddHostedService<CrawlScheduler>();
        return services;
    }
}
