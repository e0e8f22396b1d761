using IntegrationFunding.Crawler.Fetching;
using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Crawler.Tests.Support;
using IntegrationFunding.TestKit;
using Microsoft.AspNetCore.Http;

namespace IntegrationFunding.Crawler.Tests.Runs;

/// <summary>
/// The per-host circuit breaker in a real run: host A (the harness site) breaks, host B (a second loopback
/// server, same IP, other port) serves the same source. Break duration is driven by the fake clock.
/// </summary>
public sealed class CircuitBreakerTests
{
    private const int MinimumThroughput = 4;
    private const int PagesOnA = 6;
    private static readonly TimeSpan BreakDuration = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData("500")]
    [InlineData("reset")]
    public async Task Crawl_HostKeepsFailing_OpensItsCircuitOnly_AndKeepsKnownProgrammes(string fault)
    {
        await using var h = await StartAsync(MinimumThroughput);
        await using var b = await LoopbackSiteServer.StartAsync();
        WriteSource(h, b);
        MapPages(h.Site, b, "Programm");
        var first = await h.CrawlAsync("breaker");
        Assert.Equal(CrawlStatuses.Succeeded, first.Status);
        // The next run is later: the first run's successes have left the breaker's sampling window.
        h.Db.Time.Advance(TimeSpan.FromHours(1));
        var knownOnA = await SnapshotAsync(h, "a");
        var hitsBefore = HitsOnA(h.Site);
        MapFaults(h.Site, fault);
        MapPages(null, b, "Geändert");

        var report = await h.CrawlAsync("breaker");

        // The breaker opened after MinimumThroughput attempts (retries included); later pages never reached A.
        Assert.InRange(HitsOnA(h.Site) - hitsBefore, 1, MinimumThroughput);
        var failuresOnA = report.Failures.Where(f => f.Url.StartsWith(h.Site.BaseUrl.AbsoluteUri, StringComparison.Ordinal)).ToList();
        Assert.Equal(PagesOnA, failuresOnA.Count);
        Assert.Equal(FailureKinds.CircuitOpen, failuresOnA[^1].Kind);
        Assert.True(failuresOnA.Count(f => f.Kind == FailureKinds.CircuitOpen) >= PagesOnA - 2);
        Assert.Equal(CrawlStatuses.Partial, report.Status);
        Assert.Contains($"Circuit Breaker offen für {h.Site.BaseUrl.Authority}", report.Message, StringComparison.Ordinal);
        // Host B in the same run is unaffected: both its pages fetched and their changes applied.
        Assert.DoesNotContain(report.Failures, f => f.Url.StartsWith(b.BaseUrl.AbsoluteUri, StringComparison.Ordinal));
        Assert.Equal(2, report.ProgrammesChanged);
        Assert.All(await ProgrammesAsync(h, "b", expected: 2), p => Assert.StartsWith("Geändert", p.Name, StringComparison.Ordinal));
        // Nothing known is lost.
        Assert.Equal(0, report.ProgrammesRemoved);
        Assert.Equal(knownOnA, await SnapshotAsync(h, "a"));
    }

    [Fact]
    public async Task Crawl_WhileCircuitOpen_FailsFastWithoutRequests_ThenRetriesHostAfterBreakDuration()
    {
        await using var h = await StartAsync(MinimumThroughput);
        await using var b = await LoopbackSiteServer.StartAsync();
        WriteSource(h, b);
        MapPages(h.Site, b, "Programm");
        await h.CrawlAsync("breaker");
        h.Db.Time.Advance(TimeSpan.FromHours(1));
        MapFaults(h.Site, "500");
        await h.CrawlAsync("breaker");
        var robotsBefore = h.Site.Hits("/robots.txt");
        var hitsBefore = HitsOnA(h.Site);

        var blocked = await h.CrawlAsync("breaker");

        Assert.Equal(hitsBefore, HitsOnA(h.Site));
        Assert.Equal(robotsBefore, h.Site.Hits("/robots.txt"));
        Assert.Equal(CrawlStatuses.Partial, blocked.Status);
        Assert.Equal(PagesOnA, blocked.Failures.Count(f => f.Kind == FailureKinds.CircuitOpen));
        Assert.Contains($"{h.Site.BaseUrl.Authority} ({PagesOnA} Seiten nicht abgerufen)", blocked.Message, StringComparison.Ordinal);

        MapPages(h.Site, null, "Wieder da");
        h.Db.Time.Advance(BreakDuration - TimeSpan.FromSeconds(1));
        var stillBlocked = await h.CrawlAsync("breaker");
        Assert.Equal(hitsBefore, HitsOnA(h.Site));
        Assert.Equal(CrawlStatuses.Partial, stillBlocked.Status);

        h.Db.Time.Advance(TimeSpan.FromSeconds(2));
        var recovered = await h.CrawlAsync("breaker");

        Assert.Equal(hitsBefore + PagesOnA, HitsOnA(h.Site));
        Assert.Equal(CrawlStatuses.Succeeded, recovered.Status);
        Assert.All(await ProgrammesAsync(h, "a", expected: PagesOnA), p => Assert.StartsWith("Wieder da", p.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Crawl_FailuresBelowMinimumThroughput_KeepCircuitClosed()
    {
        await using var h = await StartAsync(minimumThroughput: 1000);
        await using var b = await LoopbackSiteServer.StartAsync();
        WriteSource(h, b);
        MapPages(h.Site, b, "Programm");
        await h.CrawlAsync("breaker");
        h.Db.Time.Advance(TimeSpan.FromHours(1));
        MapFaults(h.Site, "500");
        var hitsBefore = HitsOnA(h.Site);

        var report = await h.CrawlAsync("breaker");

        // Every page is tried 1 + MaxRetries (2) times: the breaker honours CircuitMinimumThroughput.
        Assert.Equal(hitsBefore + PagesOnA * 3, HitsOnA(h.Site));
        Assert.DoesNotContain(report.Failures, f => f.Kind == FailureKinds.CircuitOpen);
        Assert.DoesNotContain("Circuit Breaker", report.Message, StringComparison.Ordinal);
    }

    private static async Task<CrawlerHarness> StartAsync(int minimumThroughput)
    {
        var h = await CrawlerHarness.StartAsync(
            new Dictionary<string, string?>
            {
                ["Crawler:CircuitMinimumThroughput"] = minimumThroughput.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Crawler:CircuitFailureRatio"] = "0.5",
                ["Crawler:CircuitBreakDuration"] = BreakDuration.ToString(),
            },
            withFixtureSources: false);
        return h;
    }

    /// <summary>One source over both hosts: the A pages first, then the B pages.</summary>
    private static void WriteSource(CrawlerHarness h, LoopbackSiteServer b)
    {
        var urls = Enumerable.Range(1, PagesOnA).Select(i => h.Site.Url($"/breaker/a{i}.html"))
            .Concat(Enumerable.Range(1, 2).Select(i => b.Url($"/breaker/b{i}.html")));
        h.WriteSource("breaker.yaml", $$"""
            id: breaker
            name: Zwei Hosts (Test)
            kind: html
            defaults: { level: land }
            startUrls: [{{string.Join(", ", urls)}}]
            detail:
              title: article h1
              sections: { scope: article, heading: h2 }
              labels: { summary: [Worum geht es?] }
            """);
    }

    private static void MapPages(LoopbackSiteServer? a, LoopbackSiteServer? b, string title)
    {
        for (var i = 1; i <= PagesOnA && a is not null; i++)
        {
            a.MapPage($"/breaker/a{i}.html", Page($"{title} A{i}"));
        }

        for (var i = 1; i <= 2 && b is not null; i++)
        {
            b.MapPage($"/breaker/b{i}.html", Page($"{title} B{i}"));
        }
    }

    private static void MapFaults(LoopbackSiteServer a, string fault)
    {
        for (var i = 1; i <= PagesOnA; i++)
        {
            a.Map($"/breaker/a{i}.html", fault == "reset"
                ? context =>
                {
                    context.Abort();
                    return Task.CompletedTask;
                }
                : context =>
                {
                    context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                    return Task.CompletedTask;
                });
        }
    }

    private static int HitsOnA(LoopbackSiteServer a) => Enumerable.Range(1, PagesOnA).Sum(i => a.Hits($"/breaker/a{i}.html"));

    private static string Page(string title) =>
        $"<html><body><article><h1>{title}</h1><h2>Worum geht es?</h2><p>Förderung der Integrationsarbeit in Kommunen.</p></article></body></html>";

    private static async Task<List<Domain.Programmes.Programme>> ProgrammesAsync(CrawlerHarness h, string host, int? expected = null)
    {
        List<Domain.Programmes.Programme> programmes = [.. (await h.Db.Store.GetAllAsync()).Where(p => p.Id.Contains($"-breaker-{host}", StringComparison.Ordinal))];
        Assert.Equal(expected ?? programmes.Count, programmes.Count);
        return programmes;
    }

    private static async Task<string> SnapshotAsync(CrawlerHarness h, string host) =>
        System.Text.Json.JsonSerializer.Serialize(await ProgrammesAsync(h, host, expected: PagesOnA));
}
