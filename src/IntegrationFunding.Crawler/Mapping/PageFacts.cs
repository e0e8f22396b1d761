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
    /// <summary>Yearly deadlines stated without a year ("jährlich zum 15. Mai"); the projection dates their next occurrence.</summary>
    public IReadOnlyList<(int Month, int Day)> PeriodicDates { get; init; } = [];
    /// <summary>The day applications open ("Anträge können ab dem 1. März 2027 gestellt werden").</summary>
    public DateOnly? OpeningDate { get; init; }
    public string? DeadlineType { get; init; }
    public DateOnly? ProgrammeStart { get; init; }
    public DateOnly? ProgrammeEnd { get; init; }
    public IReadOnlyList<string> Applicants { get; init; } = [];
    /// <summary>The funding body named in the prose, in the nominative ("Ministerium für …").</summary>
    public string? Funder { get; init; }
    /// <summary>The Richtlinie or law the prose names as the basis of the funding.</summary>
    public string? LegalBasis { get; init; }
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
