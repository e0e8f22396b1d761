using System.IO.Compression;
using System.Text;
using IntegrationFunding.Crawler.Runs;
using IntegrationFunding.Crawler.Tests.Support;
using IntegrationFunding.TestKit;

namespace IntegrationFunding.Crawler.Tests.Export;

public sealed class FdbExportTests
{
    private const string Einstiegsgeld = "fixture-export-bund-bmas-einstiegsgeld";
    private const string Eingliederung = "fixture-export-bund-ba-eingliederungszuschuss-bund";

    /// <summary>A ZIP of the real export files; optionally with a stray control character and soft hyphens in one title.</summary>
    internal static byte[] BuildZip(bool dirty = false)
    {
        var root = RepositoryPaths.InTestData("foerderdatenbank", "export");
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.EnumerateFiles(root, "*.xml", SearchOption.AllDirectories))
            {
                var text = File.ReadAllText(file);
                if (dirty && file.EndsWith("einstiegsgeld.xml", StringComparison.Ordinal))
                {
                    text = text.Replace("&lt;p&gt;Einstiegsgeld&lt;/p&gt;", "&lt;p&gt;Ein\u00ADstiegs\u00ADgeld\u0002&lt;/p&gt;", StringComparison.Ordinal);
                }

                var entry = zip.CreateEntry(Path.GetRelativePath(root, file).Replace('\\', '/'));
                using var stream = entry.Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }

    private static string Source(string location) => $"""
        id: fixture-export
        name: Förderdatenbank Export (Test)
        kind: fdb-export
        defaults: {"{"} level: bund {"}"}
        {location}
        allowedHosts: [127.0.0.1]
        """;

    [Fact]
    public async Task Crawl_ExportZipByUrl_StoresProgrammesWithCrosswalkAndResolvedFunder()
    {
        await using var h = await CrawlerHarness.StartAsync(withFixtureSources: false);
        h.Site.MapBytes("/FDB/WS/export", BuildZip(dirty: true), "application/zip");
        h.WriteSource("export.yaml", Source("startUrls: [BASE_URLFDB/WS/export]"));

        var report = await h.CrawlAsync("fixture-export");

        Assert.True(report.Status == CrawlStatuses.Succeeded, report.Message);
        Assert.Equal(2, report.ProgrammesNew);
        var einstieg = await h.Db.Store.GetAsync(Einstiegsgeld);
        Assert.NotNull(einstieg);
        Assert.Equal("Einstiegsgeld", einstieg.Name);
        Assert.Equal("bund", einstieg.Level);
        Assert.Empty(einstieg.States);
        Assert.Equal("zuschuss", einstieg.FundingType);
        Assert.Contains("unternehmen", einstieg.Applicants);
        Assert.Equal("Foerderberechtigte: existenzgruenderin", einstieg.Evidence["applicants"].Quote);
        Assert.Equal("https://www.foerderdatenbank.de/FDB/Content/DE/Foerderprogramm/Bund/BMAS/einstiegsgeld.html", einstieg.Url);
        Assert.Contains("Das Einstiegsgeld dient der Unterstützung", einstieg.Body, StringComparison.Ordinal);
        var eingliederung = await h.Db.Store.GetAsync(Eingliederung);
        Assert.NotNull(eingliederung);
        Assert.Equal("Bundesagentur für Arbeit (BA)", eingliederung.Funder);
        // The prose decides ("Antragsberechtigt sind Arbeitgeberinnen und Arbeitgeber"); the categories
        // (unternehmen, verband_vereinigung, …) only fill what the prose leaves open.
        Assert.Equal(["unternehmen"], eingliederung.Applicants);
        Assert.Contains("Antragsberechtigt sind Arbeitgeber", eingliederung.Evidence["applicants"].Quote, StringComparison.Ordinal);
        Assert.Contains("Ansprechpunkt", eingliederung.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recrawl_UnchangedExport_IsNotParsedAgain()
    {
        await using var h = await CrawlerHarness.StartAsync(withFixtureSources: false);
        h.Site.MapBytes("/FDB/WS/export", BuildZip(), "application/zip");
        h.WriteSource("export.yaml", Source("startUrls: [BASE_URLFDB/WS/export]"));
        await h.CrawlAsync("fixture-export");
        var calls = h.Extractor.Calls;

        var second = await h.CrawlAsync("fixture-export");

        Assert.Equal(CrawlStatuses.Succeeded, second.Status);
        Assert.Equal(calls, h.Extractor.Calls);
        Assert.Equal(1, second.Pages.Unchanged);
        Assert.Empty(second.ChangeEvents);
        Assert.Equal(2, (await h.Db.Store.GetAllAsync()).Count);
    }

    [Fact]
    public async Task Crawl_ExportFromLocalPath_Works_AndBrokenZipChangesNothing()
    {
        await using var h = await CrawlerHarness.StartAsync(withFixtureSources: false);
        var zipPath = Path.Combine(h.ConfigDirectory, "..", Guid.NewGuid().ToString("N") + ".zip");
        await File.WriteAllBytesAsync(zipPath, BuildZip());
        h.WriteSource("export.yaml", Source($"exportPath: {zipPath}"));
        await h.CrawlAsync("fixture-export");
        await File.WriteAllBytesAsync(zipPath, Encoding.UTF8.GetBytes("<html>Wartungsarbeiten</html>"));

        var broken = await h.CrawlAsync("fixture-export");

        Assert.Equal(CrawlStatuses.Failed, broken.Status);
        Assert.Equal(2, (await h.Db.Store.GetAllAsync()).Count);
        File.Delete(zipPath);
    }
}
