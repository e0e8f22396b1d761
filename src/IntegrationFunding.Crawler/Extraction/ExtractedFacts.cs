using IntegrationFunding.Domain.Programmes;

namespace IntegrationFunding.Crawler.Extraction;

/// <summary>
/// Every fact extracted from one programme page; null (or a null list) when the text does not state it.
/// <see cref="States"/> is an empty list when the text says "bundesweit". <see cref="DeadlineType"/> is null when the
/// text says nothing about applying (the API shows <c>unknown</c>). <see cref="Evidence"/> is keyed by API field name.
/// </summary>
public sealed record ExtractedFacts
{
    public decimal? FundingRateMaxPercent { get; init; }
    public decimal? OwnShareMinPercent { get; init; }
    public string? OwnShareNote { get; init; }
    public decimal? AmountMinEur { get; init; }
    public decimal? AmountMaxEur { get; init; }
    public IReadOnlyList<DateOnly>? Deadlines { get; init; }
    /// <summary>Yearly deadlines stated without a year (month, day); the crawler dates their next occurrence.</summary>
    public IReadOnlyList<(int Month, int Day)>? PeriodicDates { get; init; }
    /// <summary>The day applications open (a call that opens later is upcoming, not a deadline).</summary>
    public DateOnly? OpeningDate { get; init; }
    /// <summary>The funding body named in the prose, normalised to the nominative.</summary>
    public string? Funder { get; init; }
    /// <summary>The Richtlinie or law the prose names as the basis of the funding.</summary>
    public string? LegalBasis { get; init; }
    public string? DeadlineType { get; init; }
    public DateOnly? ProgrammeStart { get; init; }
    public DateOnly? ProgrammeEnd { get; init; }
    public IReadOnlyList<string>? Applicants { get; init; }
    public bool? MunicipalitiesEligible { get; init; }
    public IReadOnlyList<string>? States { get; init; }
    public IReadOnlyList<string>? Topics { get; init; }
    public IReadOnlyList<string>? TargetGroups { get; init; }
    public IReadOnlyDictionary<string, Evidence> Evidence { get; init; } = new Dictionary<string, Evidence>();
}
