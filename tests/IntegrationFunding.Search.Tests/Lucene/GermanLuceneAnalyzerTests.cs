using IntegrationFunding.Search.Analysis;
using IntegrationFunding.Search.Analysis.Lucene;
using IntegrationFunding.TestKit;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace IntegrationFunding.Search.Tests.Lucene;

/// <summary>The German analysis as Lucene sees it: token streams of the index analyzer and the stemming chain.</summary>
public sealed class GermanLuceneAnalyzerTests
{
    private static readonly GermanLuceneAnalyzer Analyzer = new(GermanAnalyzer.Default);

    private static List<(string Term, int Increment, int Start, int End)> Tokens(Analyzer analyzer, string field, string text)
    {
        var result = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            result.Add((term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return result;
    }

    private static HashSet<string> Terms(string text) => Tokens(Analyzer, "name", text).Select(t => t.Term).ToHashSet();

    [Fact]
    public void StemmingChain_FullSnowballVocabulary_MatchesOfficialOutputForEveryWord()
    {
        var words = File.ReadAllLines(RepositoryPaths.InTestData("snowball-german", "voc.txt"));
        var stems = File.ReadAllLines(RepositoryPaths.InTestData("snowball-german", "output.txt"));
        using var analyzer = GermanLuceneAnalyzer.StemmingOnly();

        var matches = 0;
        var mismatches = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var actual = Assert.Single(Tokens(analyzer, "word", words[i])).Term;
            if (actual == stems[i])
            {
                matches++;
            }
            else
            {
                mismatches.Add($"{words[i]}: expected {stems[i]}, got {actual}");
            }
        }

        Assert.Equal(35033, words.Length);
        Assert.True(matches == 35033, $"{matches} / 35033, e.g.:\n{string.Join('\n', mismatches.Take(20))}");
    }

    [Theory]
    [InlineData("Migrant*innen")]
    [InlineData("Migrant:innen")]
    [InlineData("Migrant_innen")]
    [InlineData("Migrant·innen")]
    [InlineData("Migrant\u2217innen")]
    [InlineData("Migrant/-innen")]
    public void IndexAnalyzer_GenderForms_GiveBaseAndFeminineForm(string word)
    {
        var terms = Terms(word);

        Assert.Contains(GermanAnalyzer.Default.Stem("Migrant"), terms);
        Assert.Contains(GermanAnalyzer.Default.Stem("Migrantinnen"), terms);
    }

    [Fact]
    public void IndexAnalyzer_SingularAndPluralCompound_Meet()
    {
        Assert.Equal(Tokens(Analyzer, "name", "Sprachkurs")[0].Term, Tokens(Analyzer, "name", "Sprachkurse")[0].Term);
    }

    [Theory]
    [InlineData("Ansprache", "sprach")]
    [InlineData("Exkursion", "kur")]
    public void IndexAnalyzer_WordsThatOnlyLookLikeCompounds_GiveNoJunkParts(string word, string junk)
    {
        Assert.DoesNotContain(junk, Terms(word));
    }

    [Fact]
    public void IndexAnalyzer_PartsAndBases_StackOnTheWordsPosition()
    {
        var tokens = Tokens(Analyzer, "summary", "Sprachförderung für Migrant*innen");

        Assert.Equal([1, 0, 0, 1, 0], tokens.Select(t => t.Increment));
        Assert.All(tokens.Take(3), t => Assert.Equal((0, 15), (t.Start, t.End)));
    }

    [Fact]
    public void IndexAnalyzer_MultiWordSynonymText_KeepsOnePositionPerWord()
    {
        // "Europäischer Sozialfonds" is a synonym of ESF: the index keeps the words where they are (synonyms are
        // expanded on the query side as phrases), so the next word does not move.
        var tokens = Tokens(Analyzer, "body", "Europäischer Sozialfonds Plus fördert");

        Assert.Equal(4, tokens.Sum(t => t.Increment));
        Assert.Equal(GermanAnalyzer.Default.Stem("fördert"), tokens[^1].Term);
    }

    [Fact]
    public void ExactField_KeepsUnstemmedFormsWithUmlautsSpeltOut()
    {
        Assert.Equal(["sprachfoerderung", "migrantinnen"], Tokens(Analyzer, "name_exact", "Sprachförderung für Migrant*innen").Select(t => t.Term));
    }
}
