namespace IntegrationFunding.Search.Querying;

/// <summary>Counts per vocabulary id over the filtered result set (ids with a count of 0 are left out).</summary>
public sealed record SearchFacets(
    IReadOnlyDictionary<string, int> Topics,
    IReadOnlyDictionary<string, int> Applicants,
    IReadOnlyDictionary<string, int> Levels,
    IReadOnlyDictionary<string, int> States,
    IReadOnlyDictionary<string, int> DeadlineTypes,
    IReadOnlyDictionary<string, int> TargetGroups);
