using IntegrationFunding.Search.Analysis;

namespace IntegrationFunding.Search.Tests.Analysis;

public sealed class GermanNormalizerTests
{
    [Theory]
    [InlineData("Förderung", "förderung")]
    [InlineData("FÖRDERUNG", "förderung")]
    [InlineData("Foerderung", "förderung")]
    [InlineData("FOERDERUNG", "förderung")]
    [InlineData("Fo\u0308rderung", "förderung")] // decomposed ö (NFD)
    [InlineData("Straße", "strasse")]
    [InlineData("STRAẞE", "strasse")]
    [InlineData("Maßnahme", "massnahme")]
    [InlineData("Integ\u00ADration", "integration")]
    [InlineData("Kita\u200BPlatz", "kitaplatz")]
    [InlineData("\uFEFFKommune", "kommune")]
    [InlineData("Café", "cafe")]
    [InlineData("Ærø", "äro")] // æ → ae, which reads as ä like any ae
    public void Normalize_Variants_GiveCanonicalForm(string input, string expected)
    {
        Assert.Equal(expected, GermanNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData("Quelle", "quelle")] // ue after q stays
    [InlineData("Feuer", "feuer")] // u between vowels is a consonant
    [InlineData("Bauer", "bauer")]
    [InlineData("aktuell", "aktüll")] // as the stemmer reads it
    public void Normalize_UeExceptions_FollowSnowball(string input, string expected)
    {
        Assert.Equal(expected, GermanNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData("Förderung", "Foerderung")]
    [InlineData("Flüchtlinge", "Fluechtlinge")]
    [InlineData("Ärzte", "AERZTE")]
    [InlineData("Maßnahmen", "Massnahmen")]
    public void Normalize_UmlautSpellings_AreEquivalent(string a, string b)
    {
        Assert.Equal(GermanNormalizer.Normalize(a), GermanNormalizer.Normalize(b));
    }

    [Fact]
    public void Normalize_EmptyString_ReturnsEmpty()
    {
        Assert.Equal(string.Empty, GermanNormalizer.Normalize(string.Empty));
    }

    [Fact]
    public void Normalize_NonLetters_AreKept()
    {
        Assert.Equal("esf+ 2025, § 44", GermanNormalizer.Normalize("ESF+ 2025, § 44"));
    }
}
