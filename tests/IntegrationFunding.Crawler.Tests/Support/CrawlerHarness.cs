using IntegrationFunding.Crawler.Mapping;
using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Crawler.Sources;
using IntegrationFunding.Storage.Crawls;
using IntegrationFunding.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Crawler.Tests.Support;

/// <summary>
/// A loopback fixture site, a temp database, a temp crawler-config directory and the crawler wired through
/// <c>AddCrawler()</c> with politeness off and small timeouts.
/// </summary>
internal sealed class CrawlerHarness : IAsyncDisposable
{
    private readonly TempDirectory _config = new();
    private ServiceProvider _services = null!;

    private CrawlerHarness(LoopbackSiteServer site) => Site = site;

    public LoopbackSiteServer Site { get; }
    public TestDatabase Db { get; } = new();
    public CountingExtractor Extractor { get; } = new();
    public string ConfigDirectory => _config.Path;
    public CrawlRunLog RunLog => _services.GetRequiredService<CrawlRunLog>();
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<CrawlerHarness> StartAsync(IDictionary<string, string?>? settings = null, bool withFixtureSources = true)
    {
        var harness = new CrawlerHarness(await LoopbackSiteServer.StartAsync());
        FixtureSite.MapAll(harness.Site);
        if (withFixtureSources)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sources"), "*.yaml"))
            {
                harness.WriteSource(Path.GetFileName(file), File.ReadAllText(file));
            }
        }

        var config = new Dictionary<string, string?>
        {
            ["Crawler:ConfigDirectory"] = harness.ConfigDirectory,
            ["Crawler:Politeness"] = "false",
            ["Crawler:RequestTimeout"] = "00:00:02",
            ["Crawler:MaxRetries"] = "2",
            ["Crawler:RetryBaseDelay"] = "00:00:00.010",
            ["Crawler:MaxRetryAfter"] = "00:00:00.050",
            ["Crawler:CircuitMinimumThroughput"] = "1000",
            ["Crawler:MaxPageBytes"] = "1048576",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(config).Build());
        services.AddSingleton<TimeProvider>(new FakeNowRealTimers(harness.Db.Time));
        services.AddSingleton(harness.Db.Database);
        services.AddSingleton(harness.Db.Store);
        services.AddSingleton(harness.Db.Writer);
        services.AddSingleton<IPageFactExtractor>(harness.Extractor);
        services.AddCrawler();
        harness._services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return harness;
    }

    public void WriteSource(string fileName, string yaml) =>
        File.WriteAllText(Path.Combine(ConfigDirectory, fileName), FixtureSite.Page(Site, yaml));

    public SourceDefinition Source(string id) => Get<SourceCatalog>().Load().Single(s => s.Id == id);

    public async Task<CrawlReport> CrawlAsync(string sourceId, CancellationToken cancellationToken = default) =>
        (await Get<CrawlService>().RunAsync([Source(sourceId)], null, cancellationToken)).Single();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Site.DisposeAsync();
        Db.Dispose();
        _config.Dispose();
    }
}
