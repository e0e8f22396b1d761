using IntegrationFunding.Search.Analysis;

namespace IntegrationFunding.Search.Tests.Analysis;

public sealed class GermanAnalyzerQueryTests
{
    private static readonly GermanAnalyzer Analyzer = GermanAnalyzer.Default;

    private static HashSet<string> Alternatives(QueryClause clause) =>
        clause.Alternatives.Select(a => string.Join(' ', a)).ToHashSet();

    [Fact]
    public void AnalyzeQuery_CompoundWord_OffersStemPartsAndSynonyms()
    {
        var clause = Assert.Single(Analyzer.AnalyzeQuery("Sprachförderung").Clauses);

        Assert.Equal(QueryClauseKind.Word, clause.Kind);
        Assert.Equal(["sprachforder"], clause.Alternatives[0]);
        Assert.Contains(clause.Options, o => o.Kind == QueryAlternativeKind.AllOf && o.Terms.SequenceEqual(["sprach", "forder"]));
        var alternatives = Alternatives(clause);
        Assert.Contains(Analyzer.Stem("Deutschkurs"), alternatives);
        Assert.Contains(Analyzer.Stem("Integrationskurs"), alternatives);
        Assert.DoesNotContain(Analyzer.Stem("Kita"), alternatives);
    }

    [Fact]
    public void AnalyzeQuery_SeveralWords_GiveOneClauseEachWithoutStopWords()
    {
        var clauses = Analyzer.AnalyzeQuery("Sprachkurse für Geflüchtete im Landkreis").Clauses;

        Assert.Equal(["Sprachkurse", "Geflüchtete", "Landkreis"], clauses.Select(c => c.Text));
        Assert.Contains(Analyzer.Stem("Flüchtlinge"), Alternatives(clauses[1]));
        Assert.Contains(Analyzer.Stem("Kreis"), Alternatives(clauses[2]));
    }

    [Fact]
    public void AnalyzeQuery_QuotedText_IsAPhraseClause()
    {
        var clauses = Analyzer.AnalyzeQuery("Kita \"Menschen mit Migrationsgeschichte\"").Clauses;

        Assert.Equal(2, clauses.Count);
        var phrase = clauses[1];
        Assert.Equal(QueryClauseKind.Phrase, phrase.Kind);
        var option = Assert.Single(phrase.Options);
        Assert.Equal(QueryAlternativeKind.Sequence, option.Kind);
        Assert.Equal(["mensch", Analyzer.Stem("Migrationsgeschichte")], option.Terms);
    }

    [Theory]
    [InlineData("„Soziale Stadt“")]
    [InlineData("“Soziale Stadt”")]
    [InlineData("«Soziale Stadt»")]
    public void AnalyzeQuery_TypographicQuotes_ArePhrases(string query)
    {
        var clause = Assert.Single(Analyzer.AnalyzeQuery(query).Clauses);

        Assert.Equal(QueryClauseKind.Phrase, clause.Kind);
    }

    [Fact]
    public void AnalyzeQuery_UnbalancedQuote_TreatsRestAsWords()
    {
        var clauses = Analyzer.AnalyzeQuery("Kita \"Sprachkurs Landkreis").Clauses;

        Assert.Equal(3, clauses.Count);
        Assert.All(clauses, c => Assert.Equal(QueryClauseKind.Word, c.Kind));
    }

    [Theory]
    [InlineData("Europäischer Sozialfonds")]
    [InlineData("ESF Plus")]
    [InlineData("ESF+")]
    public void AnalyzeQuery_MultiWordSynonym_IsOneClauseWithRingMembers(string query)
    {
        var clause = Assert.Single(Analyzer.AnalyzeQuery(query).Clauses);
        var alternatives = Alternatives(clause);

        Assert.Contains("esf plus", alternatives);
        Assert.Contains("europa sozialfond", alternatives);
    }

    [Theory]
    [InlineData("Migranten")]
    [InlineData("Migrantinnen")]
    [InlineData("Migrant*innen")]
    [InlineData("Migrant:innen")]
    [InlineData("Migrantin")]
    public void AnalyzeQuery_GenderAndInflection_AllOfferTheCommonTerm(string query)
    {
        var clause = Assert.Single(Analyzer.AnalyzeQuery(query).Clauses);

        Assert.Contains("migrant", Alternatives(clause));
    }

    [Theory]
    [InlineData("Integrationsbeauftragte")]
    [InlineData("Integrationsbeauftragter")]
    [InlineData("Integrationsbeauftragte*r")]
    [InlineData("Integrationsbeauftragte/r")]
    public void AnalyzeQuery_BeauftragteForms_AllOfferTheCommonTerm(string query)
    {
        var clause = Assert.Single(Analyzer.AnalyzeQuery(query).Clauses);

        Assert.Contains("integrationsbeauftragt", Alternatives(clause));
    }

    [Fact]
    public void AnalyzeQuery_QueryAndIndex_MeetForAbbreviations()
    {
        var indexTerms = Analyzer.AnalyzeForIndex("Förderung durch das BAMF und den ESF+").Select(t => t.Term).ToHashSet();
        var clauses = Analyzer.AnalyzeQuery("bamf esf plus").Clauses;

        Assert.All(clauses, c => Assert.Contains(c.Alternatives, a => a.All(indexTerms.Contains)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("und oder für")]
    [InlineData("\"\"")]
    [InlineData("* : ^ - + ( ) \" '")]
    public void AnalyzeQuery_NothingToSearch_IsEmpty(string query)
    {
        Assert.True(Analyzer.AnalyzeQuery(query).IsEmpty);
    }

    [Fact]
    public void AnalyzeQuery_Null_IsEmpty()
    {
        Assert.True(Analyzer.AnalyzeQuery(null!).IsEmpty);
    }

    public static TheoryData<string> NastyQueries() => new()
    {
        "Kita NEAR(Sprache Kurs, 5)",
        "Kita* OR Sprach* AND NOT Kurs",
        "title:Kita ^Sprache -Kurs +Förderung",
        "'; DROP TABLE programmes; --",
        "Robert'); DELETE FROM fts WHERE 1=1; --",
        "\"unbalanced \"quotes\" here",
        "\"\"\"\"\"",
        "{col1 col2}: Kita",
        "Kita\0Sprache\u0001\u0007\u001b[31m",
        "🎉🇩🇪 Förderung 👩‍👩‍👧 Kita",
        "\uD800 broken surrogate \uDC00",
        "Integ-\nrations\r\n\t kurs",
        "Україна 東京 مرحبا",
        new string('a', 10_240),
        string.Concat(Enumerable.Repeat("Sprachförderung ", 700)),
        string.Concat(Enumerable.Repeat("\"Kita ", 2000)),
        string.Concat(Enumerable.Repeat("-*:^()\"' ", 1200)),
        "Migrant*innen:innen/r\\*innen_innen",
        "e.V.e.V.e.V.z.B.",
        "1.000.000.000.000,00 %",
    };

    [Theory]
    [MemberData(nameof(NastyQueries))]
    public void AnalyzeQuery_NastyInput_NeverThrowsAndGivesOnlyPlainTerms(string query)
    {
        var result = Analyzer.AnalyzeQuery(query);

        Assert.True(result.Clauses.Count <= 32);
        foreach (var clause in result.Clauses)
        {
            Assert.NotEmpty(clause.Options);
            Assert.Equal(clause.Options.Count, clause.Alternatives.Count);
            foreach (var alternative in clause.Alternatives)
            {
                Assert.NotEmpty(alternative);
                Assert.All(alternative, t => Assert.Matches("^[a-z0-9]+$", t));
            }
        }
    }

    [Fact]
    public void AnalyzeQuery_FtsOperators_BecomePlainWords()
    {
        var clauses = Analyzer.AnalyzeQuery("Kita NEAR(Sprache, 5) OR Kurs*").Clauses;

        Assert.Equal(["kita", "near", "sprach", "5", "or", "kur"], clauses.Select(c => c.Alternatives[0][0]));
    }
}
