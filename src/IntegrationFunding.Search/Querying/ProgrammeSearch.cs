using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Search.Indexing;

namespace IntegrationFunding.Search.Querying;

/// <summary>
/// Answers programme searches: full-text relevance from FTS5, filters and facets over the in-memory snapshot,
/// sorting, paging and highlighting.
/// </summary>
public sealed class ProgrammeSearch(SearchIndex index, FtsQueryBuilder queries, Highlighter highlighter)
{
    private readonly MatchCache _cache = new();

    public async Task<SearchResults> SearchAsync(ProgrammeQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var snapshot = await index.CurrentAsync(cancellationToken);
        var entries = snapshot.ForDay(query.Today);
        var text = queries.Build(query.Text);
        double[]? scores = null;
        if (text is not null)
        {
            scores = await ScoresAsync(snapshot, text.All, cancellationToken);
            if (!HasAny(scores) && text.Any is not null)
            {
                scores = await ScoresAsync(snapshot, text.Any, cancellationToken);
            }
        }

        var matches = new List<int>();
        foreach (var entry in entries)
        {
            if ((scores is null || !double.IsNaN(scores[entry.Position])) && ProgrammeFilter.Matches(entry, query))
            {
                matches.Add(entry.Position);
            }
        }

        var facets = FacetCounter.Count(snapshot.Facets, matches);
        var page = ResultOrder.Page(matches, entries, scores, snapshot.NameRank, query.Sort, (query.Page - 1) * query.PageSize, query.PageSize)
            .Select(position => Hit(entries[position], scores, text))
            .ToList();
        return new SearchResults(matches.Count, query.Page, query.PageSize, page, facets);
    }

    /// <summary>Full-text relevance of programmes for a piece of text (used by matching): programme id → score; empty when nothing matches.</summary>
    public async Task<IReadOnlyDictionary<string, double>> RelevanceAsync(string text, CancellationToken cancellationToken = default)
    {
        var snapshot = await index.CurrentAsync(cancellationToken);
        var built = queries.Build(text);
        var relevance = new Dictionary<string, double>(StringComparer.Ordinal);
        if (built is null)
        {
            return relevance;
        }

        var scores = await ScoresAsync(snapshot, built.Any ?? built.All, cancellationToken);
        for (var i = 0; i < scores.Length; i++)
        {
            if (!double.IsNaN(scores[i]))
            {
                relevance[snapshot.Programmes[i].Id] = scores[i];
            }
        }

        return relevance;
    }

    /// <summary>All current programmes (the snapshot the search works on).</summary>
    public async Task<IReadOnlyList<Programme>> AllAsync(CancellationToken cancellationToken = default) =>
        (await index.CurrentAsync(cancellationToken)).Programmes;

    /// <summary>One current programme by id, or null.</summary>
    public async Task<Programme?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        (await index.CurrentAsync(cancellationToken)).ById.GetValueOrDefault(id);

    /// <summary>BM25 score per snapshot position; NaN where the programme does not match. Shared: do not modify.</summary>
    private Task<double[]> ScoresAsync(SearchSnapshot snapshot, string expression, CancellationToken cancellationToken) =>
        _cache.GetOrAddAsync(snapshot.Generation, expression, async e =>
        {
            var found = await index.Fts.MatchAsync(e, cancellationToken);
            var scores = new double[snapshot.Programmes.Length];
            Array.Fill(scores, double.NaN);
            for (var i = 0; i < found.Count; i++)
            {
                var position = snapshot.PositionOf(found.Keys[i]);
                if (position >= 0)
                {
                    scores[position] = found.Scores[i];
                }
            }

            return scores;
        });

    private static bool HasAny(double[] scores) => Array.Exists(scores, s => !double.IsNaN(s));

    private SearchHit Hit(IndexedProgramme entry, double[]? scores, BuiltQuery? text) => new(
        entry.Programme,
        scores is null ? 0 : Math.Round(scores[entry.Position], 4),
        entry.Status,
        entry.NextDeadline,
        entry.Programme.OwnShareMinPercent is null,
        text is null ? new Dictionary<string, string>() : highlighter.Highlight(entry.Programme, text.Terms));
}
