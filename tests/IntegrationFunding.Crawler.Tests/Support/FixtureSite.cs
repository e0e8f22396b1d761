using IntegrationFunding.TestKit;

namespace IntegrationFunding.Crawler.Tests.Support;

/// <summary>Maps the fixture pages (own sites + the real FDB detail pages from shared/fixtures) onto a loopback server.</summary>
internal static class FixtureSite
{
    public static readonly string SitesDirectory = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sites");

    public static readonly (string Path, string Fixture)[] FdbDetails =
    [
        ("/FDB/Content/DE/Foerderprogramm/Land/Thueringen/mbg-beteiligung.html", "detail_multi_desc.html"),
        ("/FDB/Content/DE/Foerderprogramm/Bund/BMWi/exist-women.html", "detail_single_desc.html"),
        ("/FDB/Content/DE/Foerderprogramm/Bund/rechtsgrundlage.html", "detail_rechts_only.html"),
    ];

    public static void MapAll(LoopbackSiteServer site)
    {
        site.MapPage("/robots.txt", "User-agent: *\nDisallow: /private/\nCrawl-delay: 30\n", "text/plain");
        foreach (var file in Directory.EnumerateFiles(SitesDirectory, "*.html", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(SitesDirectory, file).Replace('\\', '/');
            var path = relative.StartsWith("land/", StringComparison.Ordinal) && !relative.EndsWith("programme.html", StringComparison.Ordinal)
                ? "/land/foerderung/" + Path.GetFileName(relative)
                : "/" + relative;
            site.MapPage(path, Page(site, File.ReadAllText(file)));
        }

        foreach (var (path, fixture) in FdbDetails)
        {
            site.MapPage(path, FdbPage(site, fixture));
        }
    }

    public static string Read(string relative) => File.ReadAllText(Path.Combine(SitesDirectory, relative));

    public static string Page(LoopbackSiteServer site, string html) => html.Replace("BASE_URL", site.BaseUrl.AbsoluteUri, StringComparison.Ordinal);

    /// <summary>A real FDB detail page with its &lt;base href&gt; pointed at the loopback site.</summary>
    public static string FdbPage(LoopbackSiteServer site, string fixture) =>
        File.ReadAllText(RepositoryPaths.InTestData("foerderdatenbank", "html", fixture))
            .Replace("https://www.foerderdatenbank.de/", site.BaseUrl.AbsoluteUri, StringComparison.Ordinal);
}
