using IntegrationFunding.Search.Analysis;

namespace IntegrationFunding.Search.Tests.Analysis;

public sealed class GermanAnalyzerIndexTests
{
    private static readonly GermanAnalyzer Analyzer = GermanAnalyzer.Default;

    private static HashSet<string> AllTerms(string text) => Analyzer.AnalyzeForIndex(text).Select(t => t.Term).ToHashSet();

    private static string[] MainTerms(string text) =>
        Analyzer.AnalyzeForIndex(text).Where(t => !t.IsPart).Select(t => t.Term).ToArray();

    [Fact]
    public void AnalyzeForIndex_Sentence_DropsStopWordsAndStems()
    {
        Assert.Equal(["sprachkur", "kommun", "landkreis"], MainTerms("Die Sprachkurse für die Kommunen und den Landkreis"));
    }

    [Fact]
    public void AnalyzeForIndex_Compound_EmitsPartsWithTheWordSpan()
    {
        const string text = "Zur Sprachförderung!";
        var tokens = Analyzer.AnalyzeForIndex(text);

        var main = Assert.Single(tokens, t => !t.IsPart);
        Assert.Equal("sprachforder", main.Term);
        Assert.Equal("Sprachförderung", text.Substring(main.Start, main.Length));
        var parts = tokens.Where(t => t.IsPart).ToArray();
        Assert.Equal(["sprach", "forder"], parts.Select(p => p.Term));
        Assert.All(parts, p => Assert.Equal((main.Start, main.Length), (p.Start, p.Length)));
    }

    [Theory]
    [InlineData("Förderung", "Foerderung")]
    [InlineData("Förderung", "FÖRDERUNG")]
    [InlineData("Maßnahme", "Massnahme")]
    [InlineData("Sprachkurs", "Sprachkurse")]
    [InlineData("Sprachkurs", "Sprachkursen")]
    [InlineData("Flüchtling", "Flüchtlinge")]
    [InlineData("Fluechtling", "Flüchtlingen")]
    [InlineData("Kommune", "Kommunen")]
    [InlineData("Integrationsbeauftragte", "Integrationsbeauftragter")]
    public void AnalyzeForIndex_SpellingAndInflection_GiveTheSameMainTerm(string a, string b)
    {
        Assert.Equal(MainTerms(a), MainTerms(b));
    }

    [Theory]
    [InlineData("Migranten", "Migrantinnen")]
    [InlineData("Migranten", "Migrant*innen")]
    [InlineData("Migranten", "Migrant:innen")]
    [InlineData("Migranten", "Migrantin")]
    [InlineData("Migrantinnen", "Migrant*innen")]
    [InlineData("Migrant:innen", "MigrantInnen")]
    [InlineData("Migrantin", "Migrant_innen")]
    [InlineData("Migrant", "Migrant/innen")]
    [InlineData("Integrationsbeauftragte", "Integrationsbeauftragter")]
    [InlineData("Integrationsbeauftragte", "Integrationsbeauftragte*r")]
    [InlineData("Integrationsbeauftragter", "Integrationsbeauftragte/r")]
    [InlineData("Kollegen", "Kolleg*innen")]
    [InlineData("Mitarbeiter", "Mitarbeiter:innen")]
    public void AnalyzeForIndex_GenderForms_ShareATerm(string a, string b)
    {
        Assert.NotEmpty(AllTerms(a).Intersect(AllTerms(b)));
    }

    [Fact]
    public void AnalyzeForIndex_HyphenatedCompound_EmitsWholeAndParts()
    {
        var tokens = Analyzer.AnalyzeForIndex("Kita-Einstieg");

        // the whole is read like the closed compound "Kitaeinstieg" (where Snowball reads "ae" as "ä")
        Assert.Equal(Analyzer.Stem("Kitaeinstieg"), Assert.Single(tokens, t => !t.IsPart).Term);
        Assert.Equal(["kita", "einstieg"], tokens.Where(t => t.IsPart).Select(t => t.Term));
    }

    [Fact]
    public void AnalyzeForIndex_LineBreakHyphenation_IsOneTermWithOriginalSpan()
    {
        const string text = "kommunale Integ-\nrationsarbeit";
        var main = Analyzer.AnalyzeForIndex(text).Where(t => !t.IsPart).ToArray();

        Assert.Equal(["kommunal", "integrationsarbeit"], main.Select(t => t.Term));
        Assert.Equal("Integ-\nrationsarbeit", text.Substring(main[1].Start, main[1].Length));
    }

    [Theory]
    [InlineData("ESF+", "esf plus")]
    [InlineData("ESF Plus", "esf plus")]
    [InlineData("KIM und AMIF", "kim amif")]
    [InlineData("1.000 Euro", "1000 euro")]
    public void AnalyzeForIndex_AcronymsAndNumbers_AreFindable(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', MainTerms(text)));
    }

    [Fact]
    public void AnalyzeForIndex_OnlyStopWords_GivesNothing()
    {
        Assert.Empty(Analyzer.AnalyzeForIndex("der die das und für mit"));
    }

    [Fact]
    public void AnalyzeForIndex_AnyText_UsesTermAlphabetOnly()
    {
        var terms = AllTerms("Ærø Café naïve Straße Україна 東京 🎉 Migrant*innen ESF+ Ärzt:innen déjà-vu");

        Assert.All(terms, t => Assert.Matches("^[a-z0-9]+$", t));
        Assert.Contains("strass", terms);
        Assert.Contains(Analyzer.Stem("cafe"), terms);
        Assert.Contains("migrant", terms);
    }

    [Fact]
    public void Stem_And_Normalize_MatchIndexTerms()
    {
        Assert.Equal("forder", Analyzer.Stem("Förderung"));
        Assert.Equal("forder", Analyzer.Stem("FOERDERUNG"));
        Assert.Equal("förderung", Analyzer.Normalize("Foerderung"));
    }

    [Fact]
    public void AnalyzeForIndex_ManyThreads_GiveIdenticalResults()
    {
        const string text = "Sprachförderung für Migrant*innen im Landkreis, ESF+ und KIM, Integ-\nrationskurse.";
        var expected = string.Join(',', Analyzer.AnalyzeForIndex(text));

        var results = Enumerable.Range(0, 200).AsParallel().Select(_ => string.Join(',', Analyzer.AnalyzeForIndex(text))).ToArray();

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
