using IntegrationFunding.Crawler.Extraction;

namespace IntegrationFunding.Crawler.Tests.Extraction;

public sealed class RegionExtractorTests
{
    private readonly RegionExtractor _extractor = new();

    [Theory]
    [InlineData("Gefördert werden Projekte in Nordrhein-Westfalen.", "DE-NW")]
    [InlineData("Das Land NRW fördert Integrationszentren.", "DE-NW")]
    [InlineData("Bayerische Kommunen erhalten Zuschüsse.", "DE-BY")]
    [InlineData("Vorhaben im Freistaat Sachsen werden gefördert.", "DE-SN")]
    [InlineData("Vereine mit Sitz in Sachsen-Anhalt sind antragsberechtigt.", "DE-ST")]
    [InlineData("Projekte in Niedersachsen werden gefördert.", "DE-NI")]
    [InlineData("Die Regierung von Unterfranken vergibt einen Preis.", "DE-BY")]
    public void Extract_StateNamed_ReturnsCode(string text, string code)
    {
        var region = _extractor.Extract(text);

        Assert.NotNull(region);
        Assert.Equal([code], region.States);
        Assert.False(region.Nationwide);
    }

    [Fact]
    public void Extract_Bundesweit_IsNationwideEmptyList()
    {
        var region = _extractor.Extract("bundesweit", "Fördergebiet");

        Assert.NotNull(region);
        Assert.Empty(region.States);
        Assert.True(region.Nationwide);
    }

    [Fact]
    public void Extract_RegionLabel_WinsOverProse()
    {
        var sentences = SourceSentences.From([new LabelledText("Kurztext", "Die Geschäftsstelle in Berlin berät."), new LabelledText("Fördergebiet", "Hessen")]);

        Assert.Equal(["DE-HE"], _extractor.Extract(sentences)?.States);
    }

    [Fact]
    public void Extract_PostalAddressOrContact_IsIgnored()
    {
        Assert.Null(_extractor.Extract("Lützowstraße 109, 10785 Berlin"));
        Assert.Null(_extractor.Extract("Ministerium, Erfurt, Thüringen", "Ansprechpunkt"));
    }

    [Fact]
    public void Extract_LowercaseAbbreviation_IsNotAState()
    {
        Assert.Null(_extractor.Extract("Die Antwort ist by the way offen."));
    }
}
