using IntegrationFunding.Search.Analysis;

namespace IntegrationFunding.Search.Tests.Analysis;

public sealed class GermanTokenizerTests
{
    private static string[] Texts(string text) => GermanTokenizer.Tokenize(text).Select(t => t.Text).ToArray();

    [Fact]
    public void Tokenize_PlainText_ReturnsWordsWithOriginalOffsets()
    {
        const string text = "Förderung für  Kommunen.";
        var tokens = GermanTokenizer.Tokenize(text);

        Assert.Equal(["Förderung", "für", "Kommunen"], tokens.Select(t => t.Text));
        foreach (var token in tokens)
        {
            Assert.Equal(token.Text, text.Substring(token.Start, token.Length));
        }
    }

    [Theory]
    [InlineData("Integ-\nrationsarbeit")]
    [InlineData("Integ-\r\nrationsarbeit")]
    [InlineData("Integ- \n  rationsarbeit")]
    [InlineData("Integ\u00AD\nrationsarbeit")]
    [InlineData("Integ\u00ADrationsarbeit")]
    [InlineData("Integ¬rationsarbeit")]
    public void Tokenize_LineBreakHyphenation_JoinsOneWord(string text)
    {
        var token = Assert.Single(GermanTokenizer.Tokenize("die " + text + " vor Ort"), t => t.Text.StartsWith("Integ", StringComparison.Ordinal));

        Assert.Equal("Integrationsarbeit", token.Text);
        Assert.Equal(4, token.Start);
        Assert.Equal(text.Length, token.Length);
        Assert.Empty(token.HyphenParts);
    }

    [Fact]
    public void Tokenize_HyphenBeforeCapitalOnNextLine_KeepsCompound()
    {
        var token = Assert.Single(GermanTokenizer.Tokenize("Kita-\nEinstieg"));

        Assert.Equal("KitaEinstieg", token.Text);
        Assert.Equal(["Kita", "Einstieg"], token.HyphenParts);
    }

    [Fact]
    public void Tokenize_HyphenatedCompound_GivesWholeAndParts()
    {
        const string text = "Das Kita-Einstieg Programm";
        var token = GermanTokenizer.Tokenize(text)[1];

        Assert.Equal("KitaEinstieg", token.Text);
        Assert.Equal(["Kita", "Einstieg"], token.HyphenParts);
        Assert.Equal("Kita-Einstieg", text.Substring(token.Start, token.Length));
    }

    [Theory]
    [InlineData("Migrant*innen", "Migrantinnen", "Migrant")]
    [InlineData("Migrant:innen", "Migrantinnen", "Migrant")]
    [InlineData("Migrant_innen", "Migrantinnen", "Migrant")]
    [InlineData("Migrant/innen", "Migrantinnen", "Migrant")]
    [InlineData("Migrant/-innen", "Migrantinnen", "Migrant")]
    [InlineData("Migrant·innen", "Migrantinnen", "Migrant")]
    [InlineData("Migrant\\*innen", "Migrantinnen", "Migrant")]
    [InlineData("MigrantInnen", "MigrantInnen", "Migrant")]
    [InlineData("Migrant*in", "Migrantin", "Migrant")]
    [InlineData("Integrationsbeauftragte/r", "Integrationsbeauftragter", "Integrationsbeauftragte")]
    [InlineData("Integrationsbeauftragte*r", "Integrationsbeauftragter", "Integrationsbeauftragte")]
    [InlineData("Integrationsbeauftragte:r", "Integrationsbeauftragter", "Integrationsbeauftragte")]
    public void Tokenize_GenderForms_AreOneWordWithBase(string written, string expectedText, string expectedBase)
    {
        var text = "Für " + written + " vor Ort";
        var tokens = GermanTokenizer.Tokenize(text);

        Assert.Equal(4, tokens.Count);
        var token = tokens[1];
        Assert.Equal(expectedText, token.Text);
        Assert.Equal(expectedBase, token.GenderBase);
        Assert.Equal(written, text.Substring(token.Start, token.Length));
    }

    [Theory]
    [InlineData("2025/2026", new[] { "2025", "2026" })]
    [InlineData("und/oder", new[] { "und", "oder" })]
    [InlineData("Ziel: Integration", new[] { "Ziel", "Integration" })]
    public void Tokenize_SlashAndColonWithoutGender_SplitWords(string text, string[] expected)
    {
        Assert.Equal(expected, Texts(text));
    }

    [Fact]
    public void Tokenize_PlainWords_HaveNoGenderBase()
    {
        Assert.All(GermanTokenizer.Tokenize("Termin in Berlin, Medizin und Innenstadt"), t => Assert.Null(t.GenderBase));
    }

    [Theory]
    [InlineData("ESF+", new[] { "ESF", "plus" })]
    [InlineData("ESF+ und KIM", new[] { "ESF", "plus", "und", "KIM" })]
    [InlineData("ESF Plus", new[] { "ESF", "Plus" })]
    [InlineData("AMIF, BAMF", new[] { "AMIF", "BAMF" })]
    public void Tokenize_Acronyms_AreWords(string text, string[] expected)
    {
        Assert.Equal(expected, Texts(text));
    }

    [Fact]
    public void Tokenize_PlusSign_HasItsOwnOffset()
    {
        var plus = GermanTokenizer.Tokenize("ESF+")[1];

        Assert.True(plus.IsPlusSign);
        Assert.Equal(3, plus.Start);
        Assert.Equal(1, plus.Length);
    }

    [Theory]
    [InlineData("1.000.000 Euro", new[] { "1000000", "Euro" })]
    [InlineData("bis 30.04.2025", new[] { "bis", "30", "04", "2025" })]
    [InlineData("2.500,50 €", new[] { "2500", "50" })]
    [InlineData("50% Förderquote", new[] { "50", "Förderquote" })]
    public void Tokenize_Numbers_KeepDigits(string text, string[] expected)
    {
        Assert.Equal(expected, Texts(text));
    }

    [Theory]
    [InlineData("z. B. Kurse", new[] { "zB", "Kurse" })]
    [InlineData("z.B. Kurse", new[] { "zB", "Kurse" })]
    [InlineData("Verein e.V.", new[] { "Verein", "eV" })]
    [InlineData("Verein e. V.", new[] { "Verein", "eV" })]
    [InlineData("i.V.m. § 44", new[] { "iVm", "44" })]
    [InlineData("bzw. Kommunen", new[] { "bzw", "Kommunen" })]
    public void Tokenize_Abbreviations_AreOneWord(string text, string[] expected)
    {
        Assert.Equal(expected, Texts(text));
    }

    [Fact]
    public void Tokenize_SentenceEndAfterSingleLetter_DoesNotSwallowNextWord()
    {
        Assert.Equal(["Vitamin", "C", "Neue", "Kurse"], Texts("Vitamin C. Neue Kurse"));
    }
}
