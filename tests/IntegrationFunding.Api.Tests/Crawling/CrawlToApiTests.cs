using System.Text.Json;
using IntegrationFunding.Api.Tests.Infrastructure;
using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Crawler.Sources;
using IntegrationFunding.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationFunding.Api.Tests.Crawling;

/// <summary>
/// End to end: a crawl of a ministry-style site on a real loopback server makes its programmes searchable through
/// the API with extracted facts and evidence; a changed deadline shows up in /api/v1/changes.
/// </summary>
public sealed class CrawlToApiTests : IAsyncLifetime
{
    private const string ListPage = """
        <html lang="de"><body><main><ul class="teaser-list">
        <li class="teaser"><a href="/foerderung/sprachmittlung.html">Sprachmittlung</a></li>
        </ul></main></body></html>
        """;

    private const string DetailPage = """
        <html lang="de"><body><main><article>
        <h1>Sprachmittlung in Kommunen</h1>
        <div class="article-body">
        <h2>Worum geht es?</h2><p>Gefördert werden Dolmetscherpools und Sprachmittlung für Geflüchtete in Beratung und Verwaltung.</p>
        <h2>Wer kann Anträge stellen?</h2><p>Antragsberechtigt sind Gemeinden, Städte und Landkreise sowie gemeinnützige Vereine.</p>
        <h2>Höhe der Förderung</h2><p>Die Förderquote beträgt bis zu 80 Prozent. Ein Eigenanteil von mindestens 20 % ist zu erbringen.</p>
        <h2>Antragsfrist</h2><p>Anträge sind bis zum DEADLINE einzureichen.</p>
        </div></article></main></body></html>
        """;

    private readonly TempDirectory _config = new();
    private readonly ApiApplication _app = new();
    private LoopbackSiteServer _site = null!;

    public async Task InitializeAsync()
    {
        _site = await LoopbackSiteServer.StartAsync();
        _site.MapPage("/robots.txt", "User-agent: *\nAllow: /\n", "text/plain");
        _site.MapPage("/foerderung/liste.html", ListPage);
        MapDetail("31.03.2027");
        await File.WriteAllTextAsync(_config.File("e2e-land.yaml"), $$"""
            id: e2e-land
            name: Landesministerium (Ende-zu-Ende-Test)
            kind: html
            defaults:
              level: land
              funder: Ministerium für Integration (Test)
              states: [DE-NW]
            startUrls: [{{_site.BaseUrl.AbsoluteUri}}foerderung/liste.html]
            allowedHosts: [127.0.0.1]
            list:
              links: ul.teaser-list li.teaser a
            detail:
              title: article h1
              sections: { scope: div.article-body, heading: h2 }
              labels:
                summary: [Worum geht es?]
                applicants: [Wer kann Anträge stellen?]
                amounts: [Höhe der Förderung]
                deadlines: [Antragsfrist]
            """);
        _app.UseLoopbackCrawler(_config.Path);
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _app.DisposeAsync();
        _config.Dispose();
    }

    private void MapDetail(string deadline) =>
        _site.MapPage("/foerderung/sprachmittlung.html", DetailPage.Replace("DEADLINE", deadline, StringComparison.Ordinal));

    /// <summary>
    /// Reads until the search snapshot has caught up with the crawl (readers keep the previous snapshot while a
    /// background rebuild runs; the larger starter set makes that window longer), at most ten seconds.
    /// </summary>
    private static async Task<JsonElement> EventuallyAsync(Func<Task<JsonElement>> read, Func<JsonElement, bool> done)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var result = await read();
            if (done(result))
            {
                return result;
            }

            await Task.Delay(100);
        }

        return await read();
    }

    private async Task<IReadOnlyList<CrawlReport>> CrawlAsync()
    {
        var services = _app.Services;
        var sources = services.GetRequiredService<SourceCatalog>().Load();
        return await services.GetRequiredService<CrawlService>().RunAsync(sources, progress: null, CancellationToken.None);
    }

    [Fact]
    public async Task Crawl_MakesProgrammeSearchableWithExtractedFactsAndEvidence()
    {
        using var client = _app.CreateClient();
        var start = _app.Time.GetUtcNow();

        var report = Assert.Single(await CrawlAsync());
        static bool Crawled(JsonElement i) => i.GetProperty("sources")[0].GetProperty("sourceId").GetString() == "e2e-land";
        var search = await EventuallyAsync(
            () => client.GetJsonAsync("/api/v1/programmes?q=Sprachmittlung&state=DE-NW&pageSize=5"),
            s => s.GetProperty("items").EnumerateArray().Any(Crawled));

        Assert.True(report.WroteProgrammes);
        var item = search.GetProperty("items").EnumerateArray().Single(Crawled);
        Assert.Equal(80m, item.GetProperty("fundingRateMaxPercent").GetDecimal());
        Assert.Equal(20m, item.GetProperty("ownShareMinPercent").GetDecimal());
        Assert.Equal("2027-03-31", item.GetProperty("nextDeadline").GetString());
        Assert.True(item.GetProperty("municipalitiesEligible").GetBoolean());
        Assert.Contains("Eigenanteil", item.GetProperty("evidence").GetProperty("ownShareMinPercent").GetProperty("quote").GetString(), StringComparison.Ordinal);

        MapDetail("30.04.2027");
        _app.Time.Advance(TimeSpan.FromHours(1));
        await CrawlAsync();
        var changes = await client.GetJsonAsync($"/api/v1/changes?since={Uri.EscapeDataString(start.AddMinutes(1).ToString("O"))}");

        var change = Assert.Single(changes.GetProperty("items").EnumerateArray());
        Assert.Equal("changed", change.GetProperty("kind").GetString());
        Assert.Equal(["deadlines"], change.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
        var detail = await EventuallyAsync(
            () => client.GetJsonAsync($"/api/v1/programmes/{item.GetProperty("id").GetString()}"),
            d => d.GetProperty("nextDeadline").GetString() == "2027-04-30");
        Assert.Equal("2027-04-30", detail.GetProperty("nextDeadline").GetString());
    }

    [Fact]
    public async Task Crawl_SiteDown_KeepsKnownProgrammesAndReportsFailure()
    {
        using var client = _app.CreateClient();
        await CrawlAsync();
        var before = await client.GetJsonAsync("/api/v1/programmes?q=Sprachmittlung&pageSize=1");
        _site.Map("/foerderung/liste.html", context =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });

        var report = Assert.Single(await CrawlAsync());
        var after = await client.GetJsonAsync("/api/v1/programmes?q=Sprachmittlung&pageSize=1");

        Assert.False(report.WroteProgrammes);
        Assert.Equal(before.GetProperty("total").GetInt32(), after.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Object, after.GetProperty("items")[0].ValueKind);
    }
}
