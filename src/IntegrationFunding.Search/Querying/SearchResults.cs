namespace IntegrationFunding.Search.Querying;

/// <summary>One page of a search. <see cref="Notice"/> is set when the text matched nothing well (see <see cref="SearchNotice"/>).</summary>
public sealed record SearchResults(
    int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Items, SearchFacets Facets, SearchNotice? Notice = null);
