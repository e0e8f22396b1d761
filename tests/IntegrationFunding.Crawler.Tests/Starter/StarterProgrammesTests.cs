using IntegrationFunding.Crawler.FdbCsv;
using IntegrationFunding.Crawler.Mapping;
using IntegrationFunding.Crawler.Starter;
using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Tests.Starter;

/// <summary>The starter data: catalogue gaps filled from its own text, real FDB programmes deduplicated against it.</summary>
public sealed class StarterProgrammesTests
{
    private static readonly CatalogueTextFacts TextFacts = new(new ProgrammeFactExtractorAdapter());

    private static Programme Entry(string id, string name, string url, decimal? rate = null, string? summary = null) => new()
    {
        Id = id, Name = name, Funder = "Land", Level = "land", States = ["DE-NI"], Url = url, FundingRateMaxPercent = rate, Summary = summary,
    };

    [Fact]
    public void Fill_NullFactFromOwnText_WithQuote()
    {
        var entry = Entry("a", "A", "https://example.org/a", summary: "Die Zuwendung beträgt bis zu 90 Prozent der zuwendungsfähigen Ausgaben.");

        var filled = TextFacts.Fill(entry);

        Assert.Equal(90m, filled.FundingRateMaxPercent);
        Assert.Contains("90 Prozent", filled.Evidence["fundingRateMaxPercent"].Quote, StringComparison.Ordinal);
        Assert.Equal("https://example.org/a", filled.Evidence["fundingRateMaxPercent"].SourceUrl);
    }

    [Fact]
    public void Fill_HandCheckedFact_IsNeverOverwritten()
    {
        var entry = Entry("a", "A", "https://example.org/a", rate: 70m, summary: "Die Zuwendung beträgt bis zu 90 Prozent der zuwendungsfähigen Ausgaben.");

        var filled = TextFacts.Fill(entry);

        Assert.Equal(70m, filled.FundingRateMaxPercent);
        Assert.False(filled.Evidence.ContainsKey("fundingRateMaxPercent"));
    }

    [Theory]
    [InlineData("Migrationsberatung für erwachsene Zuwanderer (MBE)", "Migrationsberatung für erwachsene Zuwandernde (MBE)", true)]
    [InlineData("Förderung der Kinder- und Jugendhilfe (KJP)", "Kinder- und Jugendplan des Bundes (KJP)", true)]
    [InlineData("Koordinierungsstellen für Migration und Teilhabe", "Koordinierungsstellen Migration und Teilhabe", true)]
    [InlineData("Europäischer Sozialfonds Plus (ESF+) in Hessen", "Sportförderung in Hessen", false)]
    [InlineData("Wohnraum für Geflüchtete", "Psychosoziale Versorgung Geflüchteter", false)]
    public void SameProgramme_NamesOfOneProgrammeMatchOthersDoNot(string catalogueName, string fdbName, bool same)
    {
        Assert.Equal(same, StarterProgrammes.SameProgramme(Entry("c", catalogueName, "https://a"), Entry("f", fdbName, "https://b")));
    }

    [Fact]
    public void SameProgramme_DifferentLand_IsNotTheSame()
    {
        var other = Entry("f", "Koordinierungsstellen für Migration und Teilhabe", "https://b") with { States = ["DE-HE"] };

        Assert.False(StarterProgrammes.SameProgramme(Entry("c", "Koordinierungsstellen für Migration und Teilhabe", "https://a"), other));
    }

    [Fact]
    public void Compose_DropsRealProgrammesTheCatalogueHasByPage()
    {
        var starter = new StarterProgrammes(new FdbCsvStarterData(new FdbCsvProgrammeMapper(new ProgrammeFactExtractorAdapter())), TextFacts);
        var catalogue = new[]
        {
            Entry("katalog-ni-koordinierung", "Ein ganz anderer Name", "http://foerderdatenbank.de/FDB/Content/DE/Foerderprogramm/Land/Niedersachsen/koordinierungsstelle-migration-und-teilhabe.html/"),
        };

        var set = starter.Compose(catalogue);

        Assert.DoesNotContain(set.Foerderdatenbank, p => p.Id == "fdb-csv-land-niedersachsen-koordinierungsstelle-migration-und-teilhabe");
        Assert.True(set.Duplicates >= 1);
        Assert.All(set.Foerderdatenbank, p => Assert.NotNull(p.Attribution));
    }
}
