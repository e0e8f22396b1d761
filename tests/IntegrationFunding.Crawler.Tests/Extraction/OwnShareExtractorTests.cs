using IntegrationFunding.Crawler.Extraction;

namespace IntegrationFunding.Crawler.Tests.Extraction;

public sealed class OwnShareExtractorTests
{
    private readonly OwnShareExtractor _extractor = new();

    [Theory]
    [InlineData("Es ist ein Eigenanteil von mindestens 10 % zu erbringen.", 10)]
    [InlineData("Antragsteller müssen mind. 20 % Eigenmittel einbringen.", 20)]
    [InlineData("Die Eigenbeteiligung in Höhe von 25 Prozent ist nachzuweisen.", 25)]
    [InlineData("Ein Eigenanteil ist nicht erforderlich.", 0)]
    [InlineData("Es wird kein Eigenanteil verlangt.", 0)]
    [InlineData("Zehn Prozent der Kosten sind als Kofinanzierung selbst zu tragen.", 10)]
    public void Extract_StatedOwnShare_ReturnsMinPercent(string text, double expected)
    {
        var share = _extractor.Extract(text);

        Assert.NotNull(share);
        Assert.Equal((decimal)expected, share.MinPercent);
        Assert.Equal(text, share.MinPercentEvidence?.Quote);
    }

    [Fact]
    public void Extract_RateOnly_NeverComputesOwnShare()
    {
        Assert.Null(_extractor.Extract("Die Zuwendung beträgt bis zu 80 % der zuwendungsfähigen Ausgaben."));
    }

    [Fact]
    public void Extract_ReducedShareForFinanciallyWeak_GoesToNote()
    {
        var share = _extractor.Extract("Der Eigenanteil beträgt 20 %, für finanzschwache Kommunen 10 %.");

        Assert.NotNull(share);
        Assert.Equal(20m, share.MinPercent);
        Assert.Contains("finanzschwache", share.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_CreditedVolunteerWork_GoesToNote()
    {
        var share = _extractor.Extract("Ehrenamtliche Arbeit kann als Eigenleistung angerechnet werden.");

        Assert.NotNull(share);
        Assert.Null(share.MinPercent);
        Assert.NotNull(share.Note);
    }

    [Fact]
    public void Extract_WithoutOwnShareNotPossible_IsNotZero()
    {
        Assert.Null(_extractor.Extract("Ohne Eigenanteil ist eine Förderung nicht möglich."));
    }

    [Fact]
    public void Extract_DesiredOwnShare_IsNoteNotMinimum()
    {
        var share = _extractor.Extract("Ein Eigenanteil von 10 % ist erwünscht.");

        Assert.NotNull(share);
        Assert.Null(share.MinPercent);
        Assert.Contains("erwünscht", share.Note, StringComparison.Ordinal);
    }
}
