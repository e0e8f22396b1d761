using System.Diagnostics;
using System.Globalization;
using System.Text;
using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Crawler.Tests.Support;
using Xunit.Abstractions;

namespace IntegrationFunding.Crawler.Tests.Runs;

/// <summary>Measures pages/s and memory of a full crawl on loopback with politeness off (figure printed to the test output).</summary>
public sealed class ThroughputTests(ITestOutputHelper output)
{
    private const int Pages = 300;

    [Fact]
    public async Task Crawl_300GeneratedPages_OnLoopback_ReportsThroughput()
    {
        await using var h = await CrawlerHarness.StartAsync(withFixtureSources: false);
        var template = FixtureSite.Read("land/kommunales-integrationsmanagement.html");
        var list = new StringBuilder("<html><body><ul class=\"teaser-list\">");
        for (var i = 0; i < Pages; i++)
        {
            list.Append(CultureInfo.InvariantCulture, $"<li class=\"teaser\"><a href=\"/land/foerderung/p{i}.html\">P{i}</a></li>");
            h.Site.MapPage($"/land/foerderung/p{i}.html", template.Replace("Förderung des Kommunalen", $"Programm {i}: Förderung des Kommunalen", StringComparison.Ordinal));
        }

        h.Site.MapPage("/land/programme.html", list.Append("</ul></body></html>").ToString());
        h.WriteSource("land.yaml", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sources", "fixture-land.yaml")));
        GC.Collect();
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();

        var report = await h.CrawlAsync("fixture-land");

        watch.Stop();
        var managed = GC.GetTotalMemory(forceFullCollection: false);
        var workingSet = Environment.WorkingSet;
        Assert.Equal(CrawlStatuses.Succeeded, report.Status);
        Assert.Equal(Pages, report.ProgrammesNew);
        var pagesPerSecond = report.Pages.Fetched / watch.Elapsed.TotalSeconds;
        output.WriteLine(FormattableString.Invariant(
            $"Crawl-Durchsatz (Loopback, Höflichkeit aus, inkl. Extraktion und Speichern): {report.Pages.Fetched} Seiten in {watch.Elapsed.TotalSeconds:0.00} s = {pagesPerSecond:0} Seiten/s; verwalteter Speicher {managed / 1048576.0:0.0} MB (vorher {memoryBefore / 1048576.0:0.0} MB), Working Set {workingSet / 1048576.0:0} MB"));
    }
}
