using Microsoft.AspNetCore.Http;
using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Crawler.Tests.Support;
using IntegrationFunding.Domain.Changes;
using IntegrationFunding.Storage.Crawls;

namespace IntegrationFunding.Crawler.Tests.Runs;

public sealed class ChangeTrackingTests
{
    private const string KimPath = "/land/foerderung/kommunales-integrationsmanagement.html";

    [Fact]
    public async Task Recrawl_WithoutChanges_ReportsNothingChangedAndExtractsNothing()
    {
        await using var h = await CrawlerHarness.StartAsync();
        await h.CrawlAsync("fixture-fdb");
        var extractionsAfterFirst = h.Extractor.Calls;

        var second = await h.CrawlAsync("fixture-fdb");

        Assert.Equal(CrawlStatuses.Succeeded, second.Status);
        Assert.Equal(0, second.ProgrammesChanged);
        Assert.Equal(0, second.ProgrammesNew);
        Assert.Equal(0, second.Pages.Changed);
        Assert.Equal(5, second.Pages.Unchanged);
        Assert.Equal(extractionsAfterFirst, h.Extractor.Calls);
        Assert.Empty(second.ChangeEvents);
        Assert.Equal(3, (await h.Db.Store.GetAllAsync()).Count);
    }

    [Fact]
    public async Task Recrawl_ServerWithoutValidators_SameHashIsNotExtractedAgain()
    {
        await using var h = await CrawlerHarness.StartAsync();
        var html = FixtureSite.Page(h.Site, FixtureSite.Read("land/kommunales-integrationsmanagement.html"));
        h.Site.Map(KimPath, context => context.Response.WriteAsync(html));
        await h.CrawlAsync("fixture-land");
        var calls = h.Extractor.Calls;

        var second = await h.CrawlAsync("fixture-land");

        Assert.Equal(calls, h.Extractor.Calls);
        Assert.Equal(0, second.Pages.Changed);
    }

    [Fact]
    public async Task Recrawl_EditedDeadline_YieldsExactlyOneChangeEventNamingDeadlines()
    {
        await using var h = await CrawlerHarness.StartAsync();
        await h.CrawlAsync("fixture-land");
        h.Site.MapPage(KimPath, FixtureSite.Read("land/kommunales-integrationsmanagement.html").Replace("30. April 2027", "31. Mai 2027", StringComparison.Ordinal));

        var report = await h.CrawlAsync("fixture-land");

        var change = Assert.Single(report.ChangeEvents);
        Assert.Equal(ChangeKinds.Changed, change.Kind);
        Assert.Equal("fixture-land-land-foerderung-kommunales-integrationsmanagement", change.ProgrammeId);
        var field = Assert.Single(change.Fields);
        Assert.Equal("deadlines", field.Field);
        Assert.Equal("2027-04-30", field.OldValue);
        Assert.Equal("2027-05-31", field.NewValue);
        Assert.Equal(1, report.Pages.Changed);
        Assert.Single(await h.Db.Changes.SinceAsync(h.Db.Time.GetUtcNow().AddSeconds(-1), 100), e => e.Kind == ChangeKinds.Changed);
    }

    [Fact]
    public async Task Cancel_Midway_LeavesDatabaseAsBefore()
    {
        await using var h = await CrawlerHarness.StartAsync();
        await h.CrawlAsync("fixture-land");
        var before = await Snapshot(h);
        h.Site.MapPage(KimPath, FixtureSite.Read("land/kommunales-integrationsmanagement.html").Replace("30. April 2027", "31. Mai 2027", StringComparison.Ordinal));
        using var cancel = new CancellationTokenSource();
        h.Site.Map("/land/foerderung/sprachmittlung.html", async context =>
        {
            await cancel.CancelAsync();
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
        });

        var report = await h.CrawlAsync("fixture-land", cancel.Token);

        Assert.Equal(CrawlStatuses.Cancelled, report.Status);
        Assert.Equal(before, await Snapshot(h));
        Assert.Equal(CrawlStatuses.Cancelled, (await h.RunLog.LatestAsync("fixture-land", 1))[0].Status);
    }

    [Fact]
    public async Task Missing_Programme_IsRemovedOnlyAfterThresholdSuccessfulCrawls()
    {
        await using var h = await CrawlerHarness.StartAsync();
        await h.CrawlAsync("fixture-land");
        const string id = "fixture-land-land-foerderung-sprachmittlung";
        h.Site.MapPage("/land/programme.html", FixtureSite.Page(h.Site, FixtureSite.Read("land/programme.html").Replace("sprachmittlung.html", "gibt-es-nicht.html", StringComparison.Ordinal)));
        h.Site.MapPage("/land/foerderung/gibt-es-nicht.html", "<html><body><main>nichts</main></body></html>");

        for (var crawl = 1; crawl <= 2; crawl++)
        {
            await h.CrawlAsync("fixture-land");
            Assert.NotNull(await h.Db.Store.GetAsync(id));
        }

        var third = await h.CrawlAsync("fixture-land");

        Assert.Null(await h.Db.Store.GetAsync(id));
        Assert.Equal(1, third.ProgrammesRemoved);
        Assert.Contains(third.ChangeEvents, e => e.Kind == ChangeKinds.Removed && e.ProgrammeId == id);
    }

    internal static async Task<string> Snapshot(CrawlerHarness h)
    {
        await using var connection = await h.Db.Database.OpenAsync();
        var parts = new List<string>();
        foreach (var sql in new[]
        {
            "SELECT group_concat(id || doc || last_changed || missing_crawls || coalesce(removed_at, ''), '|') FROM (SELECT * FROM programmes ORDER BY id)",
            "SELECT count(*) FROM change_events",
            "SELECT group_concat(url || content_hash || fetched_at, '|') FROM (SELECT * FROM crawl_pages ORDER BY url)",
        })
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            parts.Add(Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }

        return string.Join("\n", parts);
    }
}
