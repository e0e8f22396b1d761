using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Crawler.Tests.Support;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Tests.Runs;

public sealed class FullCrawlTests
{
    [Fact]
    public async Task Crawl_FdbLayout_FollowsPagingAndStoresEveryDetailPageOnce()
    {
        await using var h = await CrawlerHarness.StartAsync();

        var report = await h.CrawlAsync("fixture-fdb");

        Assert.Equal(CrawlStatuses.Succeeded, report.Status);
        Assert.Equal(3, report.ProgrammesNew);
        var programmes = await h.Db.Store.GetAllAsync();
        var exist = Assert.Single(programmes, p => p.Id == "fixture-fdb-bund-bmwi-exist-women");
        Assert.StartsWith("Förderung von Unternehmerinnen in der Vorgründungsphase (EXIST-Women)", exist.Name, StringComparison.Ordinal);
        Assert.Equal("zuschuss", exist.FundingType);
        Assert.Empty(exist.States);
        Assert.Contains("hochschule", exist.Applicants);
        Assert.Equal("Förderart: Zuschuss", exist.Evidence["fundingType"].Quote);
        Assert.StartsWith("Bundesministerium für Wirtschaft und Klimaschutz", exist.Funder, StringComparison.Ordinal);
        var source = Assert.Single(exist.Sources);
        Assert.Equal("fixture-fdb", source.SourceId);
        Assert.Equal(h.Db.Time.GetUtcNow(), source.FetchedAt);
        var mbg = Assert.Single(programmes, p => p.Id == "fixture-fdb-land-thueringen-mbg-beteiligung");
        Assert.Equal(["DE-TH"], mbg.States);
        Assert.Equal(1, h.Site.Hits("/FDB/Content/DE/Foerderprogramm/Bund/BMWi/exist-women.html"));
    }

    [Fact]
    public async Task Crawl_MinistryArticles_ExtractsFactsWithEvidence()
    {
        await using var h = await CrawlerHarness.StartAsync();

        var report = await h.CrawlAsync("fixture-land");

        Assert.Equal(2, report.ProgrammesNew);
        var kim = await h.Db.Store.GetAsync("fixture-land-land-foerderung-kommunales-integrationsmanagement");
        Assert.NotNull(kim);
        Assert.Equal([new DateOnly(2027, 4, 30)], kim.Deadlines);
        Assert.Equal(DeadlineTypes.Fixed, kim.DeadlineType);
        Assert.Equal(80m, kim.FundingRateMaxPercent);
        Assert.Equal(150_000m, kim.AmountMaxEur);
        Assert.Equal(["DE-NW"], kim.States);
        Assert.Equal("land", kim.Level);
        Assert.Contains("30. April 2027", kim.Evidence["deadlines"].Quote, StringComparison.Ordinal);
        Assert.Contains("80 Prozent", kim.Evidence["fundingRateMaxPercent"].Quote, StringComparison.Ordinal);
        Assert.StartsWith("Das Land fördert Kreise", kim.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crawl_FoundationWithSidebarAndEuCallTable_StoresBoth()
    {
        await using var h = await CrawlerHarness.StartAsync();

        var reports = await h.Get<CrawlService>().RunAsync([h.Source("fixture-stiftung"), h.Source("fixture-eu")], null, default);

        Assert.All(reports, r => Assert.True(r.Status == CrawlStatuses.Succeeded, r.Message));
        var stiftung = await h.Db.Store.GetAsync("fixture-stiftung-stiftung-foerderung");
        Assert.NotNull(stiftung);
        Assert.Equal("stiftung", stiftung.Level);
        Assert.Equal(20_000m, stiftung.AmountMaxEur);
        Assert.Equal([new DateOnly(2027, 3, 15)], stiftung.Deadlines);
        var call = await h.Db.Store.GetAsync("fixture-eu-eu-call-amif-2027");
        Assert.NotNull(call);
        Assert.Equal([new DateOnly(2027, 5, 12)], call.Deadlines);
        Assert.Equal(90m, call.FundingRateMaxPercent);
    }
}
