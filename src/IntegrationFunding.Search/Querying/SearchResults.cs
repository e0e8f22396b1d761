namespace IntegrationFunding.Search.Querying;

public sealed record SearchResults(int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Items, SearchFacets Facets);
