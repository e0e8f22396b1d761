using IntegrationFunding.Search.Analysis;
using IntegrationFunding.TestKit;

namespace IntegrationFunding.Search.Tests.Analysis;

public sealed class GermanStemmerTests
{
    private static (string[] Words, string[] Stems) LoadVocabulary()
    {
        var words = File.ReadAllLines(RepositoryPaths.InTestData("snowball-german", "voc.txt"));
        var stems = File.ReadAllLines(RepositoryPaths.InTestData("snowball-german", "output.txt"));
        return (words, stems);
    }

    [Fact]
    public void Stem_FullSnowballVocabulary_MatchesOfficialOutputForEveryWord()
    {
        var (words, stems) = LoadVocabulary();
        Assert.Equal(35033, words.Length);
        Assert.Equal(words.Length, stems.Length);

        var mismatches = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var actual = GermanStemmer.Stem(words[i]);
            if (actual != stems[i])
            {
                mismatches.Add($"{words[i]}: expected {stems[i]}, got {actual}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} mismatches, e.g.:\n{string.Join('\n', mismatches.Take(30))}");
    }

    [Fact]
    public void Stem_NormalizedVocabulary_GivesTheSameStemsAsTheRawWords()
    {
        // Normalisation must not disturb the stemmer: ß, ae/oe/ue and umlauts are read the same way. Only words with
        // other diacritics (café, réduit) differ, on purpose: they are folded to plain letters.
        var (words, stems) = LoadVocabulary();

        var mismatches = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var actual = GermanStemmer.Stem(GermanNormalizer.Normalize(words[i]));
            if (!words[i].All(c => c is (>= 'a' and <= 'z') or 'ä' or 'ö' or 'ü' or 'ß'))
            {
                Assert.True(actual.All(char.IsAsciiLetterLower), $"{words[i]} → {actual}");
            }
            else if (actual != stems[i])
            {
                mismatches.Add($"{words[i]}: expected {stems[i]}, got {actual}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} mismatches, e.g.:\n{string.Join('\n', mismatches.Take(30))}");
    }

    [Theory]
    [InlineData("aktuell", "aktull")]
    [InlineData("bequem", "bequ")]
    [InlineData("abschluß", "abschluss")]
    [InlineData("häuser", "haus")]
    [InlineData("lehrerin", "lehr")]
    [InlineData("system", "system")]
    [InlineData("wechseln", "wechsel")]
    public void Stem_KnownWords_MatchSnowball(string word, string expected)
    {
        Assert.Equal(expected, GermanStemmer.Stem(word));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("a", "a")]
    [InlineData("ab", "ab")]
    [InlineData("2024", "2024")]
    public void Stem_ShortOrDigitWords_AreReturnedUnchanged(string word, string expected)
    {
        Assert.Equal(expected, GermanStemmer.Stem(word));
    }

    [Theory]
    [InlineData("kurs", "kurse")]
    [InlineData("sprachkurs", "sprachkursen")]
    [InlineData("zins", "zinsen")]
    public void Stem_HarmonizedFinalS_ConflatesSingularAndPlural(string singular, string plural)
    {
        Assert.NotEqual(GermanStemmer.Stem(singular), GermanStemmer.Stem(plural));
        Assert.Equal(GermanStemmer.Stem(singular, harmonizeFinalS: true), GermanStemmer.Stem(plural, harmonizeFinalS: true));
    }
}
