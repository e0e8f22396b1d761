using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Crawler.Tests.Support;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Tests.Evaluation;

/// <summary>
/// Serves the whole-page evaluation site (tests/data/whole-pages/site) on a loopback server, writes its four source
/// YAMLs and crawls them through the real <see cref="CrawlService"/>; the stored programmes are keyed by page path.
/// </summary>
internal static class WholePageCrawl
{
    private static readonly string[] SourceIds = ["eval-fdb", "eval-press", "eval-stiftung", "eval-eu"];

    public static async Task<IReadOnlyDictionary<string, Programme>> RunAsync()
    {
        await using var h = await CrawlerHarness.StartAsync(withFixtureSources: false);
        var site = Path.Combine(WholePageGold.Folder, "site");
        foreach (var file in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories))
        {
            h.Site.MapPage("/" + Path.GetRelativePath(site, file).Replace('\\', '/'), File.ReadAllText(file));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(WholePageGold.Folder, "sources"), "*.yaml"))
        {
            h.WriteSource(Path.GetFileName(file), File.ReadAllText(file));
        }

        var reports = await h.Get<CrawlService>().RunAsync(SourceIds.Select(h.Source).ToList(), null, default);
        Assert.All(reports, r => Assert.True(r.Status == CrawlStatuses.Succeeded, $"{r.SourceId}: {r.Status} {r.Message}"));
        return (await h.Db.Store.GetAllAsync()).ToDictionary(p => new Uri(p.Url).AbsolutePath, StringComparer.Ordinal);
    }
}
