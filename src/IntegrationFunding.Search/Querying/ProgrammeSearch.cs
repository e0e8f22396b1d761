using IntegrationFunding.Domain.Programmes;
using IntegrationFunding.Search.Indexing;

namespace IntegrationFunding.Search.Querying;

/// <summary>
/// Answers programme searches: full-text relevance from FTS5, filters and facets over the in-memory snapshot,
/// sorting, paging and highlighting.
/// </summary>
public sealed class ProgrammeSearch(SearchIndex index, FtsQueryBuilder queries, Highlighter highlighter)
{
    public async Task<SearchResults> SearchAsync(ProgrammeQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var snapshot = await index.CurrentAsync(cancellationToken);
        var entries = snapshot.ForDay(query.Today);
        var text = queries.Build(query.Text);
        Dictionary<string, double>? scores = null;
        if (text is not null)
        {
            scores = await index.Fts.MatchAsync(text.All, cancellationToken);
            if (scores.Count == 0 && text.Any is not null)
            {
                scores = await index.Fts.MatchAsync(text.Any, cancellationToken);
            }
        }

        var matches = entries
            .Where(e => (scores is null || scores.ContainsKey(e.Programme.Id)) && ProgrammeFilter.Matches(e, query))
            .ToList();
        var facets = FacetCounter.Count(matches);
        var ordered = Order(matches, scores, query.Sort);
        var page = ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(e => new SearchHit(
                e.Programme,
                scores is null ? 0 : Math.Round(scores[e.Programme.Id], 4),
                e.Status,
                e.NextDeadline,
                e.Programme.OwnShareMinPercent is null,
                text is null ? new Dictionary<string, string>() : highlighter.Highlight(e.Programme, text.Terms)))
            .ToList();
        return new SearchResults(matches.Count, query.Page, query.PageSize, page, facets);
    }

    /// <summary>Full-text relevance of every programme for a piece of text (used by matching); empty when nothing matches.</summary>
    public async Task<IReadOnlyDictionary<string, double>> RelevanceAsync(string text, CancellationToken cancellationToken = default)
    {
        await index.CurrentAsync(cancellationToken);
        var built = queries.Build(text);
        if (built is null)
        {
            return new Dictionary<string, double>();
        }

        return await index.Fts.MatchAsync(built.Any ?? built.All, cancellationToken);
    }

    /// <summary>All current programmes (the snapshot the search works on).</summary>
    public async Task<IReadOnlyList<Programme>> AllAsync(CancellationToken cancellationToken = default) =>
        (await index.CurrentAsync(cancellationToken)).Programmes;

    /// <summary>One current programme by id, or null.</summary>
    public async Task<Programme?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        (await index.CurrentAsync(cancellationToken)).ById.GetValueOrDefault(id);

    private static IEnumerable<IndexedProgramme> Order(List<IndexedProgramme> matches, Dictionary<string, double>? scores, SearchSort sort) => sort switch
    {
        SearchSort.Newest => matches
            .OrderByDescending(e => e.Programme.FirstSeen)
            .ThenBy(e => e.Programme.Name, StringComparer.Ordinal),
        SearchSort.Deadline => ByDeadline(matches),
        _ when scores is null => ByDeadline(matches),
        _ => matches.OrderByDescending(e => scores[e.Programme.Id]).ThenBy(e => e.Programme.Name, StringComparer.Ordinal),
    };

    private static IOrderedEnumerable<IndexedProgramme> ByDeadline(List<IndexedProgramme> matches) => matches
        .OrderBy(e => e.NextDeadline is null ? 1 : 0)
        .ThenBy(e => e.NextDeadline)
        .ThenBy(e => StatusRank(e.Status))
        .ThenBy(e => e.Programme.Name, StringComparer.Ordinal);

    private static int StatusRank(string status) => status switch
    {
        ProgrammeStatus.Open => 0,
        ProgrammeStatus.Upcoming => 1,
        ProgrammeStatus.Unknown => 2,
        _ => 3,
    };
}
