using IntegrationFunding.Crawler.Extraction;

namespace IntegrationFunding.Crawler.Tests.Extraction;

public sealed class AmountExtractorTests
{
    private readonly AmountExtractor _extractor = new();

    [Theory]
    [InlineData("Gefördert wird mit bis zu 50.000 Euro.", null, 50000)]
    [InlineData("Die Zuwendung beträgt max. 1,5 Mio. €.", null, 1500000)]
    [InlineData("Zuschüsse zwischen 5.000 und 25.000 € sind möglich.", 5000, 25000)]
    [InlineData("Die Förderung beträgt mindestens 10.000 EUR.", 10000, null)]
    [InlineData("Zuwendungen von 2.000 bis 15.000 Euro je Projekt.", 2000, 15000)]
    [InlineData("Die Zuwendung beträgt höchstens 30.000,- €.", null, 30000)]
    [InlineData("Die Förderung ist auf 50 T€ begrenzt.", null, 50000)]
    [InlineData("Es werden bis zu 1,2 Millionen Euro pro Vorhaben bewilligt.", null, 1200000)]
    [InlineData("Gefördert werden Vorhaben mit 1 bis 2 Mio. € EU-Beitrag je Projekt.", 1000000, 2000000)]
    [InlineData("Die Förderung beträgt bis zu 20 Tsd. Euro.", null, 20000)]
    [InlineData("Sie erhalten die Förderung als stille Beteiligung bis zu EUR 140.000.", null, 140000)]
    public void Extract_StatedAmount_ReturnsRange(string text, int? min, int? max)
    {
        var amount = _extractor.Extract(text);

        Assert.NotNull(amount);
        Assert.Equal((decimal?)min, amount.MinEur);
        Assert.Equal((decimal?)max, amount.MaxEur);
    }

    [Theory]
    [InlineData("Insgesamt stehen 5 Mio. Euro zur Verfügung.")]
    [InlineData("Das Fördervolumen des Programms beträgt 20 Millionen Euro.")]
    [InlineData("Antragsberechtigt sind Unternehmen mit einem Jahresumsatz von bis zu EUR 50 Millionen.")]
    [InlineData("Honorare werden bis 25 € je Unterrichtseinheit erstattet.")]
    [InlineData("Die Kommune hat 20.000 Einwohner.")]
    public void Extract_NoPerProjectAmount_ReturnsNull(string text)
    {
        Assert.Null(_extractor.Extract(text));
    }

    [Fact]
    public void Extract_BudgetAndProjectInOneSentence_TakesProjectMax()
    {
        var amount = _extractor.Extract("Insgesamt stehen 5 Mio. Euro zur Verfügung; je Projekt können bis zu 50.000 Euro beantragt werden.");

        Assert.Equal(50000m, amount?.MaxEur);
        Assert.Null(amount?.MinEur);
    }

    [Fact]
    public void Extract_ExceptionalHigherAmount_IsIgnored()
    {
        var amount = _extractor.Extract("Der Zuschuss beträgt bis zu 40.000 Euro. In Ausnahmefällen sind bis zu 80.000 Euro möglich.");

        Assert.Equal(40000m, amount?.MaxEur);
    }

    [Fact]
    public void Extract_Bagatellgrenze_IsMinimum()
    {
        var amount = _extractor.Extract("Die Bagatellgrenze liegt bei 2.500 Euro.");

        Assert.Equal(2500m, amount?.MinEur);
    }
}
