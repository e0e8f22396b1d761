namespace IntegrationFunding.Api.Contracts;

/// <param name="Notice">Set when the text matched nothing well (no searchable word, unknown words, or no programme
/// with most of the words); null otherwise.</param>
public sealed record SearchResponseDto(int Total, int Page, int PageSize, IReadOnlyList<SearchItemDto> Items, FacetsDto Facets, SearchNoticeDto? Notice = null);

/// <summary>
/// A German message about the text match, a suggested query (the query without its least frequent or unknown
/// word; null when there is none) and the words no programme contains.
/// </summary>
public sealed record SearchNoticeDto(string Message, string? Suggestion, IReadOnlyList<string> UnknownWords);

/// <summary>Counts per id over the filtered set.</summary>
public sealed record FacetsDto(
    IReadOnlyDictionary<string, int> Topics,
    IReadOnlyDictionary<string, int> Applicants,
    IReadOnlyDictionary<string, int> Levels,
    IReadOnlyDictionary<string, int> States,
    IReadOnlyDictionary<string, int> DeadlineTypes,
    IReadOnlyDictionary<string, int> TargetGroups);
