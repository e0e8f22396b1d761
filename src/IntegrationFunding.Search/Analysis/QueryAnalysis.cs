namespace IntegrationFunding.Search.Analysis;

/// <summary>Builds <see cref="AnalyzedQuery"/> clauses from raw user input (quotes, words, synonym phrases).</summary>
internal sealed class QueryAnalysis(WordAnalysis words, SynonymRings synonyms)
{
    /// <summary>Longer input is cut (a query is not a document).</summary>
    public const int MaxQueryLength = 2000;

    /// <summary>At most this many clauses are produced.</summary>
    public const int MaxClauses = 32;

    public AnalyzedQuery Analyze(string query)
    {
        var text = query.Length > MaxQueryLength ? query[..MaxQueryLength] : query;
        var clauses = new List<QueryClause>();
        foreach (var (segment, quoted) in QuoteSegments.Split(text))
        {
            if (quoted)
            {
                AddPhrase(segment, clauses);
            }
            else
            {
                AddWords(segment, clauses);
            }
        }

        return new AnalyzedQuery(clauses.Take(MaxClauses).ToArray());
    }

    private void AddPhrase(string segment, List<QueryClause> clauses)
    {
        var terms = GermanTokenizer.Tokenize(segment).Select(words.Analyze).OfType<AnalyzedWord>().Select(w => w.Term).ToArray();
        if (terms.Length == 0)
        {
            return;
        }

        var kind = terms.Length == 1 ? QueryAlternativeKind.Term : QueryAlternativeKind.Sequence;
        clauses.Add(new QueryClause(QueryClauseKind.Phrase, segment.Trim(), [new QueryAlternative(terms, kind)]));
    }

    private void AddWords(string segment, List<QueryClause> clauses)
    {
        var analyzed = GermanTokenizer.Tokenize(segment).Select(words.Analyze).OfType<AnalyzedWord>().ToArray();
        var i = 0;
        while (i < analyzed.Length && clauses.Count < MaxClauses)
        {
            var span = LongestSynonymPhrase(analyzed, i);
            if (span > 1)
            {
                clauses.Add(SynonymPhraseClause(segment, analyzed, i, span));
                i += span;
                continue;
            }

            clauses.Add(WordClause(analyzed[i]));
            i++;
        }
    }

    private int LongestSynonymPhrase(AnalyzedWord[] analyzed, int start)
    {
        for (var span = Math.Min(synonyms.LongestMember, analyzed.Length - start); span > 1; span--)
        {
            if (synonyms.Contains(analyzed.Skip(start).Take(span).Select(w => w.Term).ToArray()))
            {
                return span;
            }
        }

        return 0;
    }

    private QueryClause SynonymPhraseClause(string segment, AnalyzedWord[] analyzed, int start, int span)
    {
        var terms = analyzed.Skip(start).Take(span).Select(w => w.Term).ToArray();
        var options = new List<QueryAlternative> { new(terms, QueryAlternativeKind.Sequence) };
        options.AddRange(synonyms.Expand(terms).Select(ToAlternative));
        var first = analyzed[start].Token;
        var last = analyzed[start + span - 1].Token;
        var text = segment.Substring(first.Start, last.Start + last.Length - first.Start);
        return new QueryClause(QueryClauseKind.Word, text, Distinct(options));
    }

    private QueryClause WordClause(AnalyzedWord word)
    {
        var options = new List<QueryAlternative> { new([word.Term], QueryAlternativeKind.Term) };
        if (word.PartTerms.Count >= 2)
        {
            options.Add(new QueryAlternative(word.PartTerms, QueryAlternativeKind.AllOf));
        }

        if (word.BaseTerm is { } baseTerm)
        {
            options.Add(new QueryAlternative([baseTerm], QueryAlternativeKind.Term));
        }

        options.AddRange(synonyms.Expand([word.Term]).Select(ToAlternative));
        if (word.BaseTerm is { } b && b != word.Term)
        {
            options.AddRange(synonyms.Expand([b]).Select(ToAlternative));
        }

        return new QueryClause(QueryClauseKind.Word, word.Token.Text, Distinct(options));
    }

    private static QueryAlternative ToAlternative(IReadOnlyList<string> member) =>
        new(member, member.Count == 1 ? QueryAlternativeKind.Term : QueryAlternativeKind.Sequence);

    private static QueryAlternative[] Distinct(List<QueryAlternative> options) =>
        options.DistinctBy(o => (o.Kind, string.Join(' ', o.Terms))).ToArray();
}
