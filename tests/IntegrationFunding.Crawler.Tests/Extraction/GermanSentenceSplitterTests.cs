using IntegrationFunding.Crawler.Extraction;

namespace IntegrationFunding.Crawler.Tests.Extraction;

public sealed class GermanSentenceSplitterTests
{
    private readonly GermanSentenceSplitter _splitter = new();

    [Fact]
    public void Split_Abbreviations_DoNotEndSentences()
    {
        var sentences = _splitter.Split("Gefördert werden z. B. Sprachkurse, max. 80 v. H. der Kosten bzw. mind. 5 Mio. EUR insgesamt. Anträge i. d. R. online, ggf. inkl. Anlagen gem. Nr. 3 Abs. 2.");

        Assert.Equal(2, sentences.Count);
        Assert.StartsWith("Gefördert werden z. B.", sentences[0], StringComparison.Ordinal);
        Assert.StartsWith("Anträge i. d. R.", sentences[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Split_OrdinalDate_StaysInOneSentence()
    {
        var sentences = _splitter.Split("Anträge sind bis zum 31. März 2027 einzureichen. Ab dem 1. Januar gilt die neue Richtlinie.");

        Assert.Equal(["Anträge sind bis zum 31. März 2027 einzureichen.", "Ab dem 1. Januar gilt die neue Richtlinie."], sentences);
    }

    [Fact]
    public void Split_YearBeforeCapital_EndsSentence()
    {
        var sentences = _splitter.Split("Das Programm läuft bis 2027. Anträge sind jederzeit möglich.");

        Assert.Equal(2, sentences.Count);
    }

    [Fact]
    public void Split_BulletList_PrefixesLeadIn()
    {
        var sentences = _splitter.Split("Nicht antragsberechtigt sind:\n- Privatpersonen\n• Unternehmen\n\nDie Förderung ist freiwillig.");

        Assert.Equal(
            ["Nicht antragsberechtigt sind:", "Nicht antragsberechtigt sind: Privatpersonen", "Nicht antragsberechtigt sind: Unternehmen", "Die Förderung ist freiwillig."],
            sentences);
    }

    [Fact]
    public void Split_WrappedLines_AreJoined()
    {
        var sentences = _splitter.Split("mit einem Jahresumsatz von 50 \nMio.\n EUR p.a. und weniger\nals 500 Beschäftigten.\nNeuer Satz.");

        Assert.Equal(["mit einem Jahresumsatz von 50 Mio. EUR p.a. und weniger als 500 Beschäftigten.", "Neuer Satz."], sentences);
    }

    [Fact]
    public void Split_SoftHyphenAndEmptyText_AreHandled()
    {
        Assert.Equal(["Förderung."], _splitter.Split("För\u00ADderung."));
        Assert.Empty(_splitter.Split("  "));
        Assert.Empty(_splitter.Split(null));
    }

    [Fact]
    public void Split_ExtraAbbreviation_IsRespected()
    {
        var splitter = new GermanSentenceSplitter(["Anm"]);

        Assert.Single(splitter.Split("Siehe Anm. Kapitel drei."));
    }
}
