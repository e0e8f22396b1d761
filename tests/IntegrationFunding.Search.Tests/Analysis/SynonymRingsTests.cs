using IntegrationFunding.Search.Analysis;

namespace IntegrationFunding.Search.Tests.Analysis;

public sealed class SynonymRingsTests
{
    private static readonly GermanAnalyzer Analyzer = GermanAnalyzer.Default;
    private static readonly SynonymRings Rings = SynonymRings.Default;

    private static string[] Terms(string text) =>
        Analyzer.AnalyzeForIndex(text).Where(t => !t.IsPart).Select(t => t.Term).ToArray();

    private static HashSet<string> Expansions(string text) =>
        Rings.Expand(Terms(text)).Select(m => string.Join(' ', m)).ToHashSet();

    [Fact]
    public void Default_HasAtLeastFortyRings()
    {
        Assert.True(Rings.Rings.Count >= 40, $"only {Rings.Rings.Count} rings");
    }

    [Theory]
    [InlineData("Geflüchtete", "Flüchtlinge")]
    [InlineData("Flüchtlinge", "Schutzsuchende")]
    [InlineData("Schutzsuchende", "Asylsuchende")]
    [InlineData("Sprachkurs", "Deutschkurs")]
    [InlineData("Deutschkurs", "Integrationskurs")]
    [InlineData("Sprachförderung", "Sprachkurs")]
    [InlineData("Kita", "Kindertagesstätte")]
    [InlineData("Ehrenamt", "bürgerschaftliches Engagement")]
    [InlineData("Ehrenamt", "freiwilliges Engagement")]
    [InlineData("KIM", "Kommunales Integrationsmanagement")]
    [InlineData("AMIF", "Asyl-, Migrations- und Integrationsfonds")]
    [InlineData("ESF Plus", "Europäischer Sozialfonds")]
    [InlineData("ESF+", "Europäischer Sozialfonds")]
    [InlineData("BAMF", "Bundesamt für Migration und Flüchtlinge")]
    [InlineData("Migrantenorganisation", "MSO")]
    [InlineData("Migrantenselbstorganisation", "Migrantenorganisation")]
    [InlineData("Gemeinde", "Kommune")]
    [InlineData("Landkreis", "Kreis")]
    [InlineData("Migranten", "Menschen mit Migrationsgeschichte")]
    public void Expand_RingMembers_ReachEachOther(string query, string synonym)
    {
        Assert.Contains(string.Join(' ', Terms(synonym)), Expansions(query));
        Assert.Contains(string.Join(' ', Terms(query)), Expansions(synonym));
    }

    [Theory]
    [InlineData("Sprachkurs", "Kita")]
    [InlineData("Sprache", "Bildung")]
    [InlineData("Migrantenorganisation", "Migranten")]
    [InlineData("Geflüchtete", "Ukraine")]
    public void Expand_UnrelatedTerms_AreNotSynonyms(string query, string other)
    {
        Assert.DoesNotContain(string.Join(' ', Terms(other)), Expansions(query));
    }

    [Fact]
    public void Expand_TopicSynonyms_DoNotFormOneGiantRing()
    {
        Assert.All(Rings.Rings, r => Assert.True(r.Members.Count <= 15, string.Join(", ", r.Entries)));
    }

    [Fact]
    public void Expand_UnknownTerm_IsEmpty()
    {
        Assert.Empty(Rings.Expand(["xylophon"]));
    }

    [Fact]
    public void Rings_Members_UseTheTermAlphabetOnly()
    {
        Assert.All(Rings.Rings.SelectMany(r => r.Members).SelectMany(m => m),
            t => Assert.Matches("^[a-z0-9]+$", t));
    }

    [Fact]
    public void Constructor_CustomRings_AreAnalysed()
    {
        var rings = new SynonymRings([["Förderprogramm", "Förderprogramme", "Fördertopf"]]);

        var ring = Assert.Single(rings.Rings);
        Assert.Equal(2, ring.Members.Count); // Förderprogramm and Förderprogramme share one stem
        Assert.Equal([["fordertopf"]], rings.Expand(["forderprogramm"]));
    }
}
