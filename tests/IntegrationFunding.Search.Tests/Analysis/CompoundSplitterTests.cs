using IntegrationFunding.Search.Analysis;

namespace IntegrationFunding.Search.Tests.Analysis;

public sealed class CompoundSplitterTests
{
    private static readonly CompoundSplitter Splitter = CompoundSplitter.Default;

    [Theory]
    [InlineData("Sprachförderung", "sprache förderung")]
    [InlineData("Sprachfoerderung", "sprache förderung")]
    [InlineData("Deutschkurs", "deutsch kurs")]
    [InlineData("Integrationskurse", "integration kurs")]
    [InlineData("Integrationskurs", "integration kurs")]
    [InlineData("Flüchtlingsberatung", "flüchtling beratung")]
    [InlineData("Migrationsberatungsstelle", "migration beratung stelle")]
    [InlineData("Sprachkurse", "sprache kurs")]
    [InlineData("Kinderbetreuung", "kind betreuung")]
    [InlineData("Familienzentrum", "familie zentrum")]
    [InlineData("Frauenprojekte", "frau projekt")]
    [InlineData("Quartiersmanagement", "quartier management")]
    [InlineData("Arbeitsmarktintegration", "arbeit markt integration")]
    [InlineData("Bildungskoordination", "bildung koordination")]
    [InlineData("Jugendhilfe", "jugend hilfe")]
    [InlineData("Gesundheitsförderung", "gesundheit förderung")]
    [InlineData("Schulsozialarbeit", "schule sozial arbeit")]
    [InlineData("Beratungsstelle", "beratung stelle")]
    [InlineData("Integrationsbeauftragte", "integration beauftragte")]
    [InlineData("Migrantenselbstorganisation", "migrant selbst organisation")]
    [InlineData("Landkreise", "land kreis")]
    [InlineData("Bundesprogramm", "bund programm")]
    [InlineData("Integrationsrat", "integration rat")]
    [InlineData("Wohnraumförderung", "wohn raum förderung")]
    public void Split_Compounds_GivesLexiconParts(string word, string expected)
    {
        Assert.Equal(expected, string.Join(' ', Splitter.Split(word)));
    }

    [Theory]
    [InlineData("Kommunen")]
    [InlineData("Kommune")]
    [InlineData("Beratung")]
    [InlineData("Verein")]
    [InlineData("Vereine")]
    [InlineData("Integration")]
    [InlineData("Migration")]
    [InlineData("Förderung")]
    [InlineData("Gemeinde")]
    [InlineData("Bildung")]
    [InlineData("Wohnung")]
    [InlineData("Ausbildung")]
    [InlineData("Gesundheit")]
    [InlineData("Unterbringung")]
    [InlineData("Kurs")]
    [InlineData("Termin")]
    [InlineData("Xylophonbauer")]
    [InlineData("")]
    [InlineData("ESF-Plus")]
    [InlineData("2025")]
    public void Split_NonCompounds_GivesNoParts(string word)
    {
        Assert.Empty(Splitter.Split(word));
    }

    [Fact]
    public void Split_VeryLongWord_GivesNoPartsQuickly()
    {
        Assert.Empty(Splitter.Split(new string('a', 10_000)));
    }

    [Fact]
    public void Split_ExtraWords_ExtendTheLexicon()
    {
        Assert.Empty(Splitter.Split("Zirkuspädagogik"));

        var withCorpus = new CompoundSplitter(["Zirkus", "Pädagogik"]);

        Assert.Equal(["zirkus", "pädagogik"], withCorpus.Split("Zirkuspädagogik"));
    }

    [Theory]
    [InlineData("Beratung")]
    [InlineData("Kommunen")]
    [InlineData("Geflüchtete")]
    [InlineData("Sprachförderung")]
    public void Contains_LexiconWords_IsTrue(string word)
    {
        Assert.True(Splitter.Contains(word));
    }

    [Fact]
    public void Contains_UnknownWord_IsFalse()
    {
        Assert.False(Splitter.Contains("Xylophon"));
    }

    [Fact]
    public void Split_ConcurrentCalls_GiveTheSameResult()
    {
        var results = Enumerable.Range(0, 64).AsParallel().Select(_ => string.Join(' ', Splitter.Split("Integrationskursträger"))).ToArray();

        Assert.All(results, r => Assert.Equal("integration kurs träger", r));
    }
}
