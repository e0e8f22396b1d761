using IntegrationFunding.Search.Indexing;
using Lucene.Net.Search;

namespace IntegrationFunding.Search.Querying;

/// <summary>
/// The text half of a search on one snapshot: BM25 score per position (NaN = no match), the analysed terms (for
/// highlighting) and a notice when the text matched nothing well. Shared through <see cref="MatchCache{T}"/>.
/// </summary>
internal sealed record TextMatch(double[] Scores, IReadOnlySet<string> Terms, SearchNotice? Notice)
{
    public bool HasAny => Array.Exists(Scores, s => !double.IsNaN(s));
}

/// <summary>
/// Runs query text against a snapshot's searcher. Words found in no programme are left out of the required count
/// (and named in the notice); when no programme matches enough of the remaining words, programmes matching any of
/// them are returned instead, with a notice suggesting the query without its least frequent word.
/// </summary>
internal sealed class TextMatcher(LuceneQueryBuilder queries)
{
    public const string NoWordsMessage = "Die Suchanfrage enthält kein Wort, nach dem gesucht werden kann (nur Satzzeichen, Zeichen oder Füllwörter).";

    public TextMatch Match(SearchSnapshot snapshot, string text, bool anyWord)
    {
        var scores = new double[snapshot.Programmes.Length];
        Array.Fill(scores, double.NaN);
        var clauses = queries.Clauses(text);
        var terms = clauses.SelectMany(c => c.Terms).ToHashSet(StringComparer.Ordinal);
        if (clauses.Count == 0)
        {
            return new TextMatch(scores, terms, new SearchNotice(NoWordsMessage, null, []));
        }

        if (snapshot.Searcher is not { } searcher)
        {
            return new TextMatch(scores, terms, null);
        }

        var counted = clauses.Select(c => (Clause: c, Hits: Count(searcher, c.Query))).ToList();
        var known = counted.Where(c => c.Hits > 0).ToList();
        var unknown = counted.Where(c => c.Hits == 0).Select(c => c.Clause.Text).ToList();
        if (known.Count == 0)
        {
            return new TextMatch(scores, terms, new SearchNotice(Quote("Zu ", unknown, " wurde kein Programm gefunden."), null, unknown));
        }

        var knownClauses = known.Select(k => k.Clause).ToList();
        var minimum = anyWord ? 1 : LuceneQueryBuilder.MinimumShouldMatch(knownClauses.Count);
        var found = Collect(searcher, snapshot, queries.Combine(knownClauses, minimum), scores);
        string? message = null;
        string? suggestion = null;
        if (found == 0 && knownClauses.Count > 1)
        {
            var rarest = known.MinBy(k => k.Hits).Clause;
            Collect(searcher, snapshot, queries.Combine(knownClauses, 1), scores);
            message = "Kein Programm passt gut zu den meisten Suchwörtern; gezeigt werden Programme, die einzelne davon enthalten.";
            suggestion = Without(text, [rarest.Text, .. unknown]);
        }

        if (unknown.Count > 0 && !anyWord)
        {
            message = Quote("Nicht gefunden und nicht berücksichtigt: ", unknown, ".") + (message is null ? string.Empty : " " + message);
            suggestion ??= Without(text, unknown);
        }

        return new TextMatch(scores, terms, message is null ? null : new SearchNotice(message, suggestion, unknown));
    }

    private static int Count(IndexSearcher searcher, Query query)
    {
        var collector = new TotalHitCountCollector();
        searcher.Search(query, collector);
        return collector.TotalHits;
    }

    private static int Collect(IndexSearcher searcher, SearchSnapshot snapshot, Query query, double[] scores)
    {
        var collector = new ScoreCollector(snapshot, scores);
        searcher.Search(query, collector);
        return collector.Count;
    }

    private static string Quote(string before, IEnumerable<string> words, string after) =>
        before + string.Join(", ", words.Select(w => "„" + w + "“")) + after;

    /// <summary>The query text without the given words (first occurrence each), spaces tidied; null when nothing is left.</summary>
    private static string? Without(string text, IEnumerable<string> words)
    {
        var result = text;
        foreach (var word in words)
        {
            var at = result.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                result = result.Remove(at, word.Length);
            }
        }

        result = string.Join(' ', result.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return result.Length == 0 || result == text.Trim() ? null : result;
    }
}
