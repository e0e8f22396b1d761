using System.Text;
using IntegrationFunding.Crawler.FdbCsv;
using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Crawler.Sources;
using IntegrationFunding.Crawler.Tests.Support;
using IntegrationFunding.TestKit;

namespace IntegrationFunding.Crawler.Tests.FdbCsv;

/// <summary>The <c>fdb-csv</c> kind through the real crawler: loopback URL or local file, rows of the real sample.</summary>
public sealed class FdbCsvCrawlTests
{
    private const string Migration = "land-niedersachsen-koordinierungsstelle-migration-und-teilhabe";
    private const string Beratung = "land-niedersachsen-migrationsberatung-niedersachsen";
    private const string Agrar = "bund-lr-agrar-und-ernaehrungswirtschaft-betriebsmittel";

    /// <summary>A programme.csv with the given rows of the real sample (all columns), optionally some marked absent.</summary>
    private static byte[] Table(string[] ids, params string[] absent)
    {
        var records = Rfc4180.Records(new StringReader(Encoding.UTF8.GetString(ReadSample()))).ToList();
        var header = records[0];
        var idColumn = header.ToList().IndexOf("id_url");
        var absentColumn = header.ToList().IndexOf("absent");
        var text = new StringBuilder(Rfc4180.Write(header));
        foreach (var record in records.Skip(1).Where(r => r.Count > idColumn && ids.Contains(r[idColumn])))
        {
            text.Append(Rfc4180.Write(record.Select((value, i) => i == absentColumn ? (absent.Contains(record[idColumn]) ? "true" : "false") : value)));
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] ReadSample()
    {
        using var stream = typeof(FdbCsvStarterData).Assembly.GetManifestResourceStream(FdbCsvStarterData.Resource)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string Source(string location, int removalThreshold = 3) => $$"""
        id: fixture-csv
        name: Förderdatenbank-Tabelle (Test)
        kind: fdb-csv
        defaults: { level: bund }
        {{location}}
        allowedHosts: [127.0.0.1]
        removalThreshold: {{removalThreshold}}
        """;

    [Fact]
    public async Task Crawl_TableByUrl_KeepsRelevantProgrammesWithCodesAsEvidenceAndAttribution()
    {
        await using var h = await CrawlerHarness.StartAsync(withFixtureSources: false);
        h.Site.MapBytes("/data/programme.csv", Table([Migration, Agrar]), "text/csv; charset=utf-8");
        h.WriteSource("csv.yaml", Source("startUrls: [BASE_URLdata/programme.csv]"));

        var report = await h.CrawlAsync("fixture-csv");

        Assert.True(report.Status == CrawlStatuses.Succeeded, report.Message);
        Assert.Equal(1, report.ProgrammesNew);
        Assert.Null(await h.Db.Store.GetAsync("fixture-csv-" + Agrar));
        var programme = await h.Db.Store.GetAsync("fixture-csv-" + Migration);
        Assert.NotNull(programme);
        Assert.Equal("Koordinierungsstellen für Migration und Teilhabe", programme.Name);
        Assert.Equal("land", programme.Level);
        Assert.Equal(["DE-NI"], programme.States);
        Assert.Equal("zuschuss", programme.FundingType);
        Assert.Equal("funding_location: de_ni", programme.Evidence["states"].Quote);
        Assert.Equal(50m, programme.FundingRateMaxPercent);
        Assert.Contains("50", programme.Evidence["fundingRateMaxPercent"].Quote, StringComparison.Ordinal);
        Assert.StartsWith("Wenn Sie mit Ihrer Koordinierungsstelle in Niedersachsen", programme.Summary, StringComparison.Ordinal);
        Assert.Equal("CC BY-ND 4.0", programme.Attribution?.License);
        Assert.Equal("https://www.foerderdatenbank.de/FDB/Content/DE/Foerderprogramm/Land/Niedersachsen/koordinierungsstelle-migration-und-teilhabe.html", programme.Url);
    }

    [Fact]
    public async Task Recrawl_AbsentProgramme_IsRemovedOnlyAfterTheMissedCrawlRule()
    {
        await using var h = await CrawlerHarness.StartAsync(withFixtureSources: false);
        var table = Table([Migration, Beratung]);
        h.Site.Map("/data/programme.csv", async context =>
        {
            context.Response.ContentType = "text/csv";
            await context.Response.Body.WriteAsync(table);
        });
        h.WriteSource("csv.yaml", Source("startUrls: [BASE_URLdata/programme.csv]", removalThreshold: 2));
        Assert.Equal(2, (await h.CrawlAsync("fixture-csv")).ProgrammesNew);

        table = Table([Migration, Beratung], absent: Migration);
        var first = await h.CrawlAsync("fixture-csv");
        Assert.Equal(0, first.ProgrammesRemoved);
        Assert.NotNull(await h.Db.Store.GetAsync("fixture-csv-" + Migration));

        var second = await h.CrawlAsync("fixture-csv");
        Assert.Equal(1, second.ProgrammesRemoved);
        Assert.Null(await h.Db.Store.GetAsync("fixture-csv-" + Migration));
        Assert.NotNull(await h.Db.Store.GetAsync("fixture-csv-" + Beratung));
    }

    [Theory]
    [InlineData("name,value\nfoo,1\n", "id_url")]
    [InlineData("url,title,id_url,id_hash,absent\nhttps://x.example/a,A,a,h,true\n", "kein einziges aktuelles")]
    public async Task Crawl_UnusableTable_FailsAndChangesNothing(string csv, string reason)
    {
        await using var h = await CrawlerHarness.StartAsync(withFixtureSources: false);
        var files = new TempDirectory();
        await File.WriteAllTextAsync(files.File("programme.csv"), csv);
        h.WriteSource("csv.yaml", Source($"exportPath: {files.File("programme.csv")}"));

        var report = await h.CrawlAsync("fixture-csv");

        Assert.Equal(CrawlStatuses.Failed, report.Status);
        Assert.Contains(reason, report.Message, StringComparison.Ordinal);
        Assert.Empty(await h.Db.Store.GetAllAsync());
        files.Dispose();
    }

    [Fact]
    public async Task Crawl_LocalFile_UnchangedTableIsNotReadAgain()
    {
        await using var h = await CrawlerHarness.StartAsync(withFixtureSources: false);
        using var files = new TempDirectory();
        await File.WriteAllBytesAsync(files.File("programme.csv"), Table([Migration, Beratung]));
        h.WriteSource("csv.yaml", Source($"exportPath: {files.File("programme.csv")}"));

        Assert.Equal(2, (await h.CrawlAsync("fixture-csv")).ProgrammesNew);
        var calls = h.Extractor.Calls;
        var again = await h.CrawlAsync("fixture-csv");

        Assert.Equal(CrawlStatuses.Succeeded, again.Status);
        Assert.Equal(1, again.Pages.Unchanged);
        Assert.Equal(calls, h.Extractor.Calls);
        Assert.Equal(0, again.ProgrammesRemoved);
    }

    [Fact]
    public void ShippedConfig_PointsAtThePublishedTableAndIsOff()
    {
        var source = SourceConfigLoader.LoadFile(RepositoryPaths.InRoot("crawler-config", "fdb-csv.yaml"));

        Assert.Equal(SourceKinds.FdbCsv, source.Kind);
        Assert.False(source.Enabled);
        Assert.Equal(new Uri("https://fdb.cdl.correlaid.org/data/programme.csv"), source.StartUrls.Single());
        Assert.Equal(FdbCsvStarterData.Source.Id, source.Id);
    }
}
