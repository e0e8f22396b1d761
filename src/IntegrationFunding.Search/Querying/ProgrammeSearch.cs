using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Search.Indexing;

namespace IntegrationFunding.Search.Querying;

/// <summary>
/// Answers programme searches: full-text relevance from the Lucene index (BM25), filters and facets over the
/// snapshot that the same searcher belongs to, sorting, paging and highlighting.
/// </summary>
public sealed class ProgrammeSearch(SearchIndex index, LuceneQueryBuilder queries, Highlighter highlighter)
{
    private readonly MatchCache<TextMatch> _strict = new();
    private readonly MatchCache<TextMatch> _anyWord = new();
    private readonly TextMatcher _matcher = new(queries);

    public async Task<SearchResults> SearchAsync(ProgrammeQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var snapshot = await index.AcquireAsync(cancellationToken);
        try
        {
            return Search(snapshot, query);
        }
        finally
        {
            snapshot.Release();
        }
    }

    /// <summary>
    /// Disjunctive facet counts for the search page: each group is counted over the set filtered by the text and all
    /// OTHER groups, so a ticked value never shows 0 beside hits and each count says how many hits ticking it gives.
    /// The API's <see cref="SearchResults.Facets"/> stay counts over the filtered set (BRIEF §4).
    /// </summary>
    public async Task<SearchFacets> GroupFacetsAsync(ProgrammeQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var snapshot = await index.AcquireAsync(cancellationToken);
        try
        {
            var all = FacetCounter.Count(snapshot.Facets, Matches(snapshot, query, out _, out _));
            SearchFacets Without(IReadOnlyList<string> group, ProgrammeQuery others) =>
                group.Count == 0 ? all : FacetCounter.Count(snapshot.Facets, Matches(snapshot, others, out _, out _));
            return new SearchFacets(
                Without(query.Topics, query with { Topics = [] }).Topics,
                Without(query.Applicants, query with { Applicants = [] }).Applicants,
                Without(query.Levels, query with { Levels = [] }).Levels,
                Without(query.States, query with { States = [] }).States,
                Without(query.DeadlineTypes, query with { DeadlineTypes = [] }).DeadlineTypes,
                Without(query.TargetGroups, query with { TargetGroups = [] }).TargetGroups);
        }
        finally
        {
            snapshot.Release();
        }
    }

    /// <summary>Full-text relevance of programmes for a piece of text (used by matching): programme id → score; empty when nothing matches.</summary>
    public async Task<IReadOnlyDictionary<string, double>> RelevanceAsync(string text, CancellationToken cancellationToken = default)
    {
        var relevance = new Dictionary<string, double>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return relevance;
        }

        var snapshot = await index.AcquireAsync(cancellationToken);
        try
        {
            var match = _anyWord.GetOrAdd(snapshot.Version, text, t => _matcher.Match(snapshot, t, anyWord: true));
            for (var i = 0; i < match.Scores.Length; i++)
            {
                if (!double.IsNaN(match.Scores[i]))
                {
                    relevance[snapshot.Programmes[i].Id] = match.Scores[i];
                }
            }

            return relevance;
        }
        finally
        {
            snapshot.Release();
        }
    }

    /// <summary>
    /// Brings the index up to date with the programme table (waiting for a refresh that is running). For background
    /// jobs that must see every committed change, such as a digest run right after an import; requests never call it.
    /// </summary>
    public Task CatchUpAsync(CancellationToken cancellationToken = default) => index.RefreshAsync(cancellationToken: cancellationToken);

    /// <summary>All current programmes (the snapshot the search works on).</summary>
    public async Task<IReadOnlyList<Programme>> AllAsync(CancellationToken cancellationToken = default) =>
        (await index.CurrentAsync(cancellationToken)).Programmes;

    /// <summary>One current programme by id, or null.</summary>
    public async Task<Programme?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        (await index.CurrentAsync(cancellationToken)).ById.GetValueOrDefault(id);

    private SearchResults Search(SearchSnapshot snapshot, ProgrammeQuery query)
    {
        var matches = Matches(snapshot, query, out var entries, out var text);
        var scores = text?.Scores;
        var facets = FacetCounter.Count(snapshot.Facets, matches);
        var page = ResultOrder.Page(matches, entries, scores, snapshot.NameRank, query.Sort, (query.Page - 1) * query.PageSize, query.PageSize)
            .Select(position => Hit(entries[position], scores, text))
            .ToList();
        return new SearchResults(matches.Count, query.Page, query.PageSize, page, facets, text?.Notice);
    }

    private List<int> Matches(SearchSnapshot snapshot, ProgrammeQuery query, out IndexedProgramme[] entries, out TextMatch? text)
    {
        entries = snapshot.ForDay(query.Today);
        text = string.IsNullOrWhiteSpace(query.Text)
            ? null
            : _strict.GetOrAdd(snapshot.Version, query.Text, t => _matcher.Match(snapshot, t, anyWord: false));
        var scores = text?.Scores;
        var matches = new List<int>();
        foreach (var entry in entries)
        {
            if ((scores is null || !double.IsNaN(scores[entry.Position])) && ProgrammeFilter.Matches(entry, query))
            {
                matches.Add(entry.Position);
            }
        }

        return matches;
    }

    private SearchHit Hit(IndexedProgramme entry, double[]? scores, TextMatch? text) => new(
        entry.Programme,
        scores is null ? 0 : Math.Round(scores[entry.Position], 4),
        entry.Status,
        entry.NextDeadline,
        entry.Programme.OwnShareMinPercent is null,
        text is null ? new Dictionary<string, string>() : highlighter.Highlight(entry.Programme, text.Terms));
}
