namespace IntegrationFunding.Search.Querying;

/// <summary>
/// A programme search: German free text plus filters. Values within one filter are alternatives (any of);
/// different filters must all hold. Vocabulary ids are validated by the caller.
/// </summary>
public sealed record ProgrammeQuery
{
    public string? Text { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<string> Applicants { get; init; } = [];
    /// <summary>Länder: a programme matches when it is nationwide or open to one of them.</summary>
    public IReadOnlyList<string> States { get; init; } = [];
    public IReadOnlyList<string> Levels { get; init; } = [];
    public IReadOnlyList<string> TargetGroups { get; init; } = [];
    public IReadOnlyList<string> Statuses { get; init; } = [];
    public IReadOnlyList<string> DeadlineTypes { get; init; } = [];
    /// <summary>Keep programmes whose known own share is at most this; unknown own shares are kept (and marked).</summary>
    public decimal? MaxOwnShare { get; init; }
    /// <summary>Only programmes with a dated deadline on or after this day.</summary>
    public DateOnly? DeadlineFrom { get; init; }
    /// <summary>Only programmes with a dated deadline on or before this day.</summary>
    public DateOnly? DeadlineTo { get; init; }
    /// <summary>Only programmes one can apply to on this day (rolling, or a deadline on/after it, and running).</summary>
    public DateOnly? OpenOn { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
    /// <summary>The day statuses and next deadlines are judged against.</summary>
    public required DateOnly Today { get; init; }
}
