using IntegrationFunding.Crawler.Fetching;
using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Crawler.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace IntegrationFunding.Crawler.Tests.Runs;

/// <summary>An unreadable robots.txt blocks the host (RFC 9309) and is reported as a failure, not as an expected refusal.</summary>
public sealed class RobotsUnavailableTests
{
    private const string StiftungId = "fixture-stiftung-stiftung-foerderung";

    [Fact]
    public async Task Crawl_RobotsTxtAnswers500_ReportsHttpFailure_AndChangesNothing()
    {
        await using var h = await CrawlerHarness.StartAsync();
        await h.CrawlAsync("fixture-stiftung");
        Assert.NotNull(await h.Db.Store.GetAsync(StiftungId));
        var before = System.Text.Json.JsonSerializer.Serialize(await h.Db.Store.GetAsync(StiftungId));
        var pageHits = h.Site.Hits("/stiftung/foerderung.html");
        h.Site.Map("/robots.txt", context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return Task.CompletedTask;
        });

        var report = await h.CrawlAsync("fixture-stiftung");

        Assert.Equal(CrawlStatuses.Failed, report.Status);
        var failure = Assert.Single(report.Failures, f => f.Kind != FailureKinds.Empty);
        Assert.Equal(FailureKinds.Http, failure.Kind);
        Assert.Contains("robots.txt", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("Keine einzige Seite abrufbar", report.Message, StringComparison.Ordinal);
        Assert.Equal(pageHits, h.Site.Hits("/stiftung/foerderung.html"));
        Assert.Equal(before, System.Text.Json.JsonSerializer.Serialize(await h.Db.Store.GetAsync(StiftungId)));
    }
}
