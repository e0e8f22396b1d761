using IntegrationFunding.Search.Analysis;
using IntegrationFunding.Search.Analysis.Lucene;
using IntegrationFunding.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;

namespace IntegrationFunding.Search.Querying;

/// <summary>
/// Builds Lucene queries from user text. User text never reaches a query parser: it is analysed into clauses
/// (<see cref="GermanAnalyzer.AnalyzeQuery"/>) and each analysed term becomes a <see cref="TermQuery"/> or a
/// <see cref="PhraseQuery"/> position. Per clause the alternatives are weighted: exact word form above the stem
/// above compound parts above gender base forms and synonyms; each alternative is searched in every text field with
/// the field's weight (BM25 per field, summed). Clauses are combined with a minimum-should-match that grows with
/// the number of words, plus proximity boosts for neighbouring words.
/// </summary>
public sealed class LuceneQueryBuilder(GermanAnalyzer analyzer, IOptions<SearchOptions> options)
{
    private const int MaxClauses = 24;
    private const float ExactWeight = 0.5f;
    private const float PartsWeight = 0.5f;
    private const float OtherFormWeight = 0.4f;
    private const float ProximityWeight = 0.5f;
    private const int ProximitySlop = 3;

    /// <summary>The analysed clauses of a text; empty when it has no searchable word (punctuation only, stop words only).</summary>
    public IReadOnlyList<TextClause> Clauses(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var clauses = new List<TextClause>();
        foreach (var clause in analyzer.AnalyzeQuery(text).Clauses.Take(MaxClauses))
        {
            var alternatives = new List<Query>();
            for (var i = 0; i < clause.Options.Count; i++)
            {
                var option = clause.Options[i];
                if (option.Terms.Count == 0)
                {
                    continue;
                }

                var weight = i == 0 ? 1f : option.Kind == QueryAlternativeKind.AllOf ? PartsWeight : OtherFormWeight;
                alternatives.Add(InTextFields(option, weight, i == 0 && clause.Kind == QueryClauseKind.Word ? clause.Text : null));
            }

            if (alternatives.Count == 0)
            {
                continue;
            }

            var query = new DisjunctionMaxQuery(0.1f);
            foreach (var alternative in alternatives)
            {
                query.Add(alternative);
            }

            clauses.Add(new TextClause(
                clause.Text,
                query,
                clause.Options.SelectMany(o => o.Terms).ToHashSet(StringComparer.Ordinal),
                clause.Options[0].Kind == QueryAlternativeKind.Term ? clause.Options[0].Terms[0] : null));
        }

        return clauses;
    }

    /// <summary>How many of <paramref name="clauses"/> words must match: all of one or two, then all but a third.</summary>
    public static int MinimumShouldMatch(int clauses) => clauses <= 2 ? clauses : clauses - (clauses / 3);

    /// <summary>The clauses combined: at least <paramref name="minimumShouldMatch"/> must match; neighbours near each other score more.</summary>
    public Query Combine(IReadOnlyList<TextClause> clauses, int minimumShouldMatch)
    {
        var words = new BooleanQuery(disableCoord: true);
        foreach (var clause in clauses)
        {
            words.Add(clause.Query, Occur.SHOULD);
        }

        words.MinimumNumberShouldMatch = Math.Max(1, minimumShouldMatch);
        var proximity = Proximity(clauses);
        if (proximity.Count == 0)
        {
            return words;
        }

        var combined = new BooleanQuery(disableCoord: true) { { words, Occur.MUST } };
        foreach (var near in proximity)
        {
            combined.Add(near, Occur.SHOULD);
        }

        return combined;
    }

    private List<Query> Proximity(IReadOnlyList<TextClause> clauses)
    {
        var o = options.Value;
        var result = new List<Query>();
        for (var i = 0; i + 1 < clauses.Count; i++)
        {
            if (clauses[i].MainTerm is not { } first || clauses[i + 1].MainTerm is not { } second)
            {
                continue;
            }

            foreach (var (field, weight) in new[] { (LuceneFields.Name, o.NameWeight), (LuceneFields.Summary, o.SummaryWeight), (LuceneFields.Body, o.BodyWeight) })
            {
                result.Add(new PhraseQuery { { new Term(field, first) }, { new Term(field, second) } }.With(ProximitySlop, (float)weight * ProximityWeight));
            }
        }

        return result;
    }

    private BooleanQuery InTextFields(QueryAlternative option, float weight, string? exactWord)
    {
        var o = options.Value;
        var query = new BooleanQuery(disableCoord: true);
        foreach (var (field, fieldWeight) in new[] { (LuceneFields.Name, o.NameWeight), (LuceneFields.Summary, o.SummaryWeight), (LuceneFields.Body, o.BodyWeight), (LuceneFields.Tags, o.TagsWeight) })
        {
            var inField = ForField(option, field);
            inField.Boost = (float)fieldWeight * weight;
            query.Add(inField, Occur.SHOULD);
        }

        if (exactWord is not null)
        {
            var exact = GermanTermTokenizer.ExactForm(GermanNormalizer.Normalize(exactWord));
            if (exact.Length > 0)
            {
                query.Add(new TermQuery(new Term(LuceneFields.NameExact, exact)) { Boost = (float)o.NameWeight * ExactWeight }, Occur.SHOULD);
                query.Add(new TermQuery(new Term(LuceneFields.SummaryExact, exact)) { Boost = (float)o.SummaryWeight * ExactWeight }, Occur.SHOULD);
            }
        }

        return query;
    }

    private static Query ForField(QueryAlternative option, string field)
    {
        switch (option.Kind)
        {
            case QueryAlternativeKind.Sequence:
                var phrase = new PhraseQuery();
                foreach (var term in option.Terms)
                {
                    phrase.Add(new Term(field, term));
                }

                return phrase;
            case QueryAlternativeKind.AllOf:
                var all = new BooleanQuery(disableCoord: true);
                foreach (var term in option.Terms)
                {
                    all.Add(new TermQuery(new Term(field, term)), Occur.MUST);
                }

                return all;
            default:
                return new TermQuery(new Term(field, option.Terms[0]));
        }
    }
}

/// <summary>
/// One analysed word (or quoted phrase, or multi-word synonym) of a query: the text as typed, its Lucene query,
/// every analysed term (for highlighting) and its main single term (for proximity boosts; null for phrases).
/// </summary>
public sealed record TextClause(string Text, Query Query, IReadOnlySet<string> Terms, string? MainTerm);

internal static class PhraseQueryExtensions
{
    public static PhraseQuery With(this PhraseQuery query, int slop, float boost)
    {
        query.Slop = slop;
        query.Boost = boost;
        return query;
    }
}
