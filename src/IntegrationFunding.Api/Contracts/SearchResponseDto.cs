namespace IntegrationFunding.Api.Contracts;

public sealed record SearchResponseDto(int Total, int Page, int PageSize, IReadOnlyList<SearchItemDto> Items, FacetsDto Facets);

/// <summary>Counts per id over the filtered set.</summary>
public sealed record FacetsDto(
    IReadOnlyDictionary<string, int> Topics,
    IReadOnlyDictionary<string, int> Applicants,
    IReadOnlyDictionary<string, int> Levels,
    IReadOnlyDictionary<string, int> States,
    IReadOnlyDictionary<string, int> DeadlineTypes,
    IReadOnlyDictionary<string, int> TargetGroups);
