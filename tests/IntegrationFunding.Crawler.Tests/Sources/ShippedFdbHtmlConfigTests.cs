using System.Text.RegularExpressions;
using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Crawler.Tests.Support;
using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.TestKit;

namespace IntegrationFunding.Crawler.Tests.Sources;

/// <summary>
/// The shipped crawler-config/fdb-html.yaml, unchanged except for its start URL and hosts, crawls the real
/// Förderdatenbank pages (tests/data/foerderdatenbank/html) from a loopback site: both page types (with tabs and
/// with the body in div.rich--text under h2/h5 headings) yield their legal basis, deadlines and applicants.
/// </summary>
public sealed partial class ShippedFdbHtmlConfigTests
{
    [Fact]
    public async Task ShippedFdbHtmlConfig_RealPages_ParsedThroughTheCrawler()
    {
        await using var h = await CrawlerHarness.StartAsync(withFixtureSources: false);
        var yaml = File.ReadAllText(RepositoryPaths.InRoot("crawler-config", "fdb-html.yaml"));
        yaml = StartUrls().Replace(yaml, "startUrls:\n  - BASE_URLfdb/liste.html\n");
        yaml = AllowedHosts().Replace(yaml, "allowedHosts: [127.0.0.1]");
        h.WriteSource("fdb-html.yaml", yaml.Replace("enabled: false", "enabled: true", StringComparison.Ordinal));

        var report = await h.CrawlAsync("fdb-html");

        Assert.True(report.Status == CrawlStatuses.Succeeded, report.Message);
        var exist = await h.Db.Store.GetAsync("fdb-html-bund-bmwi-exist-women");
        Assert.NotNull(exist);
        Assert.StartsWith("Richtlinie zur Förderung von Unternehmerinnen in der Vorgründungsphase (EXIST-Women)", exist.LegalBasis, StringComparison.Ordinal);
        Assert.Equal(DeadlineTypes.Periodic, exist.DeadlineType);
        Assert.Contains(new DateOnly(2024, 12, 6), exist.Deadlines);
        Assert.Contains(new DateOnly(2027, 9, 30), exist.Deadlines);
        Assert.Contains("30.09.", exist.Evidence["deadlineType"].Quote, StringComparison.Ordinal);
        Assert.Equal("bund", exist.Level);
        Assert.Contains("hochschule", exist.Applicants);
        var mbg = await h.Db.Store.GetAsync("fdb-html-land-thueringen-mbg-beteiligung");
        Assert.NotNull(mbg);
        Assert.StartsWith("Beteiligungsrichtlinien der Mittelständischen Beteiligungsgesellschaft Thüringen", mbg.LegalBasis, StringComparison.Ordinal);
        Assert.Equal(["DE-TH"], mbg.States);
        Assert.Equal(["unternehmen"], mbg.Applicants);
    }

    [GeneratedRegex(@"startUrls:\n(?:  - [^\n]*\n)+")]
    private static partial Regex StartUrls();

    [GeneratedRegex(@"allowedHosts: \[[^\]]*\]")]
    private static partial Regex AllowedHosts();
}
