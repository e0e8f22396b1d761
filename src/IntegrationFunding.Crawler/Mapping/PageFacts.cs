using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Mapping;

/// <summary>
/// Facts read from a page's German prose (the crawler's view of the extraction result). Null or empty when
/// the text does not say; <see cref="Evidence"/> is keyed by API field name.
/// </summary>
public sealed record PageFacts
{
    public static PageFacts None { get; } = new();

    public decimal? FundingRateMaxPercent { get; init; }
    public decimal? OwnShareMinPercent { get; init; }
    public string? OwnShareNote { get; init; }
    public decimal? AmountMinEur { get; init; }
    public decimal? AmountMaxEur { get; init; }
    public IReadOnlyList<DateOnly> Deadlines { get; init; } = [];
    public string? DeadlineType { get; init; }
    public DateOnly? ProgrammeStart { get; init; }
    public DateOnly? ProgrammeEnd { get; init; }
    public IReadOnlyList<string> Applicants { get; init; } = [];
    public bool? MunicipalitiesEligible { get; init; }
    /// <summary>True when the text names the region (an empty <see cref="States"/> then means nationwide).</summary>
    public bool StatesStated { get; init; }
    public IReadOnlyList<string> States { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<string> TargetGroups { get; init; } = [];
    public IReadOnlyDictionary<string, Evidence> Evidence { get; init; } = new Dictionary<string, Evidence>();
    /// <summary>Population limits and own-share reductions found in the text (Extraction/Conditions).</summary>
    public Domain.Programmes.Conditions.ProgrammeConditions Conditions { get; init; } = Domain.Programmes.Conditions.ProgrammeConditions.None;
}
