using IntegrationFunding.Crawler.Extraction;

namespace IntegrationFunding.Crawler.Tests.Extraction;

public sealed class FundingRateExtractorTests
{
    private readonly FundingRateExtractor _extractor = new();

    [Theory]
    [InlineData("Die Zuwendung beträgt bis zu 80 Prozent der zuwendungsfähigen Ausgaben.", 80)]
    [InlineData("Gefördert werden 80 v. H. der Ausgaben.", 80)]
    [InlineData("Förderquote: 90 %", 90)]
    [InlineData("Der Fördersatz von 75% gilt für alle Vorhaben.", 75)]
    [InlineData("Die Förderung erfolgt als Vollfinanzierung.", 100)]
    [InlineData("Gefördert werden 100 % der zuwendungsfähigen Ausgaben.", 100)]
    [InlineData("Anteilfinanzierung in Höhe von bis zu 50 vom Hundert.", 50)]
    [InlineData("Der Zuschuss beträgt 62,5 % der Kosten.", 62.5)]
    public void Extract_StatedRate_ReturnsPercent(string text, double expected)
    {
        var rate = _extractor.Extract(text);

        Assert.NotNull(rate);
        Assert.Equal((decimal)expected, rate.MaxPercent);
        Assert.Equal(text, rate.Evidence.Quote);
    }

    [Fact]
    public void Extract_SpecialRateForHaushaltssicherung_KeepsGeneralMaxAndNotes()
    {
        var rate = _extractor.Extract("Die Förderquote beträgt bis zu 80 %, für Kommunen in Haushaltssicherung bis zu 90 %.", "Förderhöhe");

        Assert.NotNull(rate);
        Assert.Equal(80m, rate.MaxPercent);
        Assert.Contains("Haushaltssicherung", rate.Note, StringComparison.Ordinal);
        Assert.Equal("Förderhöhe", rate.Evidence.SourceField);
    }

    [Fact]
    public void Extract_ParenthesisedSpecialRate_IsNotTheMax()
    {
        var rate = _extractor.Extract("Gefördert werden bis zu 90 % (Kommunen in Haushaltssicherung) bzw. 70 % der Ausgaben.");

        Assert.NotNull(rate);
        Assert.Equal(70m, rate.MaxPercent);
    }

    [Fact]
    public void Extract_OwnShareOnly_ReturnsNull()
    {
        Assert.Null(_extractor.Extract("Der Eigenanteil beträgt mindestens 10 % der Gesamtkosten."));
    }

    [Fact]
    public void Extract_RateAndOwnShareInOneSentence_ReturnsRateOnly()
    {
        var rate = _extractor.Extract("Bei einem Eigenanteil von 25 % werden 75 % der Ausgaben gefördert.");

        Assert.Equal(75m, rate?.MaxPercent);
    }

    [Theory]
    [InlineData("Eine Vollfinanzierung ist ausgeschlossen.")]
    [InlineData("Eine Verwaltungskostenpauschale von 7 % der Personalausgaben ist förderfähig.")]
    [InlineData("Der Anteil der Teilnehmenden mit Migrationsgeschichte soll 50 % betragen.")]
    [InlineData("Die Richtlinie gilt für alle Kommunen.")]
    public void Extract_NoRateStated_ReturnsNull(string text)
    {
        Assert.Null(_extractor.Extract(text));
    }

    [Fact]
    public void Extract_ContactSection_IsIgnored()
    {
        Assert.Null(_extractor.Extract("Förderquote 80 % – Auskunft erteilt das Amt.", "Ansprechpartner"));
    }
}
